using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Scriban.Runtime;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>The report's output buffer: refuses to grow past <see cref="ReportLimits.MaxOutputChars"/>, so a template
    /// that prints without end fails with a clear error instead of filling memory and disk.</summary>
    internal sealed class LimitedTemplateOutput : IScriptOutput
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly long _max;

        public LimitedTemplateOutput(long max)
        {
            _max = max;
        }

        public void Write(string text, int offset, int count)
        {
            if (_text.Length + (long)count > _max)
                throw new HtmlTemplateException("The report template wrote more than " + _max.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    " characters; the report was not written (a loop that prints without end?).");
            _text.Append(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return default;
        }

        public override string ToString() => _text.ToString();
    }
}
