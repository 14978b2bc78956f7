namespace DrAudit.Core.Tests.Simulators
{
    /// <summary>A request a simulator received: what tests assert headers and grants on.</summary>
    public sealed record SimRequest(string Method, string PathAndQuery, string? ApiVersion, string? Authorization, string? GrantType, int Status);
}
