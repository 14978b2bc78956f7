using System;
using System.Globalization;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>One read of a REST source, as its collector's reader goes through the API's lists: progress with counts
    /// under the audit's collection activity, and the parts the audit can do without, which stay unknown when the server
    /// (or a capture) has no answer for them.</summary>
    public sealed class RestSourceRead
    {
        private readonly IAuditHost _host;
        private readonly int _activityId;
        private readonly string _activity;
        private readonly string _server;

        /// <param name="activityId">The progress activity of this kind of source.</param>
        /// <param name="activity">"Reading &lt;product&gt; source &lt;id&gt;": the progress line's title.</param>
        /// <param name="server">"the &lt;product&gt; server": what a part was not read from, for messages.</param>
        public RestSourceRead(IAuditHost host, int activityId, string activity, string server)
        {
            _host = host ?? throw new ArgumentNullException(nameof(host));
            _activityId = activityId;
            _activity = activity;
            _server = server;
        }

        /// <summary>Reports <paramref name="count"/> records of <paramref name="what"/> read so far (of
        /// <paramref name="total"/> when the API says how many there are).</summary>
        public void Records(string what, int count, int? total)
        {
            _host.WriteProgress(new ProgressReport(_activityId, _activity,
                what + ": " + count.ToString(CultureInfo.InvariantCulture) + (total.HasValue ? " of " + total.Value.ToString(CultureInfo.InvariantCulture) : ""),
                total.HasValue && total.Value > 0 ? Math.Min(100, count * 100 / total.Value) : -1,
                parentActivityId: ReadinessAuditor.CollectionActivityId));
        }

        /// <summary>Reports the read complete.</summary>
        public void Done() =>
            _host.WriteProgress(new ProgressReport(_activityId, _activity, "done", 100, completed: true, parentActivityId: ReadinessAuditor.CollectionActivityId));

        /// <summary>Reads something the audit can do without: when the account may not read it, the server has no such
        /// resource, or a capture holds no answer for it, it stays unknown (null) and the reason is written as verbose.</summary>
        public T? Optional<T>(Func<T> read, string what) where T : class
        {
            try
            {
                return read();
            }
            catch (RestSourceException e) when (e.Unanswered)
            {
                _host.WriteVerbose("Not read from " + _server + ": " + what + " (" + e.Message.TrimEnd('.') + "); what it would show stays unknown.");
                return null;
            }
        }
    }
}
