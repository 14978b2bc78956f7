namespace DrAudit.Core.Tests.Simulators
{
    /// <summary>A scripted misbehaviour: for the next <see cref="Times"/> requests whose path and query contain
    /// <see cref="PathContains"/>, wait <see cref="Delay"/>, then answer <see cref="Status"/> with <see cref="Body"/>
    /// (and <see cref="RetryAfter"/>). Status 0 means answer normally after the delay.</summary>
    public sealed class SimFault
    {
        public string PathContains { get; set; } = "";
        public int Times { get; set; } = 1;
        public int Status { get; set; }
        public string? RetryAfter { get; set; }
        public string? Body { get; set; }
        public TimeSpan Delay { get; set; }
    }
}
