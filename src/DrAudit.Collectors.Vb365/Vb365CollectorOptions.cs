using DrAudit.Core.Sources.Rest;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>How the vb365 collector talks to a server (<see cref="RestCollectorOptions"/>): 100 records a page of the
    /// paged collections.</summary>
    public sealed class Vb365CollectorOptions : RestCollectorOptions
    {
        public Vb365CollectorOptions() : base(pageSize: 100) { }
    }
}
