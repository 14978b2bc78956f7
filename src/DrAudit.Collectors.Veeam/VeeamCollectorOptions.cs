using DrAudit.Core.Sources.Rest;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>How the Veeam collector talks to a server (<see cref="RestCollectorOptions"/>): 200 records a page, the
    /// API's default in 1.3. Sessions and restore points are read from a day before the audit window, as points just
    /// before it may complete a synchronised set.</summary>
    public sealed class VeeamCollectorOptions : RestCollectorOptions
    {
        public VeeamCollectorOptions() : base(pageSize: 200) { }
    }
}
