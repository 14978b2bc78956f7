using System;
using System.Threading.Tasks;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Scriban's <c>include</c>, returning the included template's output as <see cref="TrustedHtml"/>: that
    /// output was produced by the same encoding context, so its values are already encoded.</summary>
    internal sealed class TrustedIncludeFunction : IScriptCustomFunction
    {
        private readonly IScriptCustomFunction _inner;

        public TrustedIncludeFunction(IScriptCustomFunction inner) { _inner = inner; }

        public int RequiredParameterCount => _inner.RequiredParameterCount;
        public int ParameterCount => _inner.ParameterCount;
        public ScriptVarParamKind VarParamKind => _inner.VarParamKind;
        public Type ReturnType => typeof(TrustedHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            Wrap(_inner.Invoke(context, callerContext, arguments, blockStatement));

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            Wrap(await _inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

        private static object Wrap(object? output) => new TrustedHtml(output as string ?? "");
    }
}
