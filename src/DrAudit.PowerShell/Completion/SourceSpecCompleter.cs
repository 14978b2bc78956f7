using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace DrAudit.PowerShell.Completion
{
    /// <summary>Completes -Source of New-DrClientDefinition with the start of each kind of source spec (docs/onboarding.md).</summary>
    public sealed class SourceSpecCompleter : IArgumentCompleter
    {
        private static readonly (string Value, string Tooltip)[] Starts =
        {
            ("type=veeam,capture=", "A saved Veeam capture folder"),
            ("type=veeam,url=https://", "A live Veeam Backup & Replication server (credential: env=,passwordEnv= or secret=, or -Credential)"),
            ("type=m365,capture=", "A saved Microsoft 365 Backup capture folder"),
            ("type=m365,tenantId=", "Live Microsoft 365 Backup (tenantId=, clientId=, certificateThumbprint=)"),
            ("type=vb365,url=https://", "A live Veeam Backup for Microsoft 365 server (organization=, credential)"),
            ("type=inventory,path=", "A neutral inventory .json file or folder of CSV files"),
        };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionValues.Matching(wordToComplete, Starts);
    }
}
