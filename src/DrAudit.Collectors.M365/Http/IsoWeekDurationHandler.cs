using System;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using DrAudit.Core.Model;

namespace DrAudit.Collectors.M365.Http
{
    /// <summary>Graph writes a protection policy's retention <c>period</c> as an ISO 8601 duration and documents weeks
    /// (<c>"P2W"</c>), but the SDK parses durations with XmlConvert, which rejects weeks and fails the whole page.
    /// This handler rewrites a <c>period</c> that uses weeks into the same length in days (<c>"P14D"</c>) before the SDK
    /// reads the body. Saved captures keep the body as Graph sent it: this handler sits outside the recorder.</summary>
    internal sealed class IsoWeekDurationHandler : DelegatingHandler
    {
        private static readonly Regex WeekPeriod = new Regex("\"period\"\\s*:\\s*\"(P[0-9WDTHMS]*W[0-9WDTHMS]*)\"",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Content == null) return response;
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (text.IndexOf("\"period\"", StringComparison.Ordinal) < 0) return response;
            var rewritten = Rewrite(text);
            if (ReferenceEquals(rewritten, text)) return response;
            var content = new StringContent(rewritten, Encoding.UTF8);
            content.Headers.ContentType = response.Content.Headers.ContentType;
            response.Content = content;
            return response;
        }

        /// <summary>The body with every week-based <c>period</c> written in days; the same instance when none was.</summary>
        internal static string Rewrite(string json)
        {
            if (!WeekPeriod.IsMatch(json)) return json;
            return WeekPeriod.Replace(json, m => Duration.TryParse(m.Groups[1].Value, out var d)
                ? "\"period\":\"" + XmlConvert.ToString(d.Value) + "\""
                : m.Value);
        }
    }
}
