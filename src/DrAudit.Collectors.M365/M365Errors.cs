using System.Globalization;
using Microsoft.Graph.Models.ODataErrors;

namespace DrAudit.Collectors.M365
{
    /// <summary>Words for Graph errors.</summary>
    internal static class M365Errors
    {
        /// <summary>"HTTP 403 Forbidden: the caller is not a registered backup controller".</summary>
        public static string Describe(ODataError e)
        {
            var code = e.Error?.Code;
            var message = e.Error?.Message;
            var text = "HTTP " + e.ResponseStatusCode.ToString(CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(code)) text += " " + code;
            if (!string.IsNullOrEmpty(message)) text += ": " + message!.TrimEnd('.');
            return text;
        }
    }
}
