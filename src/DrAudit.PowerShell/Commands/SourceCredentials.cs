using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using DrAudit.Core.Model.Definition;

namespace DrAudit.PowerShell.Commands
{
    /// <summary>Finds the credential for each live source of a client definition: -SourceCredential @{ id = $cred } first,
    /// then -Credential, then the SecretManagement secret its <c>credential: {secret: name}</c> names (Get-Secret must
    /// return a PSCredential). Sources with <c>{env, passwordEnv}</c> are left to the collector. Never writes a secret.</summary>
    internal static class SourceCredentials
    {
        public static IDictionary<string, NetworkCredential> Resolve(PSCmdlet cmdlet, IEnumerable<SourceDefinition> sources, PSCredential? credential, Hashtable? perSource)
        {
            var resolved = new Dictionary<string, NetworkCredential>(StringComparer.Ordinal);
            foreach (var source in sources.Where(s => string.IsNullOrEmpty(s.Capture) && s.Type != SourceDefinition.InventoryType))
            {
                var given = perSource?.Keys.Cast<object>().FirstOrDefault(k => string.Equals(k?.ToString(), source.Id, StringComparison.Ordinal));
                if (given != null)
                {
                    if (perSource![given] is PSCredential own) resolved[source.Id] = own.GetNetworkCredential();
                    else cmdlet.WriteWarning("-SourceCredential['" + source.Id + "'] is not a PSCredential; it is ignored.");
                    continue;
                }
                if (credential != null && credential != PSCredential.Empty)
                {
                    resolved[source.Id] = credential.GetNetworkCredential();
                    continue;
                }
                var secret = source.Credential?.Secret;
                if (secret != null)
                {
                    var found = FromSecret(cmdlet, source.Id, secret);
                    if (found != null) resolved[source.Id] = found;
                }
            }
            return resolved;
        }

        /// <summary>-AllowPrompt: lets each live m365 source that has no other way to sign in (no credential resolved
        /// above, no <c>certificateThumbprint</c>, no <c>credential.env</c>) use device-code sign-in, by adding the entry
        /// the collector reads as permission to prompt (user name <c>devicecode</c>, no password; docs/sources/m365.md).</summary>
        public static void AllowDeviceCode(IDictionary<string, NetworkCredential> resolved, IEnumerable<SourceDefinition> sources)
        {
            foreach (var source in sources.Where(s => s.Type == SourceDefinition.M365Type && string.IsNullOrEmpty(s.Capture)
                && !resolved.ContainsKey(s.Id) && string.IsNullOrWhiteSpace(s.CertificateThumbprint) && string.IsNullOrWhiteSpace(s.Credential?.Env)))
            {
                resolved[source.Id] = new NetworkCredential(DrAudit.Collectors.M365.M365CredentialFactory.DeviceCodeUserName, "");
            }
        }

        private static NetworkCredential? FromSecret(PSCmdlet cmdlet, string sourceId, string secret)
        {
            if (cmdlet.InvokeCommand.GetCommand("Get-Secret", CommandTypes.Cmdlet | CommandTypes.Function) == null)
            {
                cmdlet.WriteWarning("Source '" + sourceId + "' names the secret '" + secret + "' but Get-Secret (Microsoft.PowerShell.SecretManagement) is not available; pass -Credential instead.");
                return null;
            }
            try
            {
                var output = cmdlet.InvokeCommand.InvokeScript(false, ScriptBlock.Create("param($name) Get-Secret -Name $name -ErrorAction Stop"), null, secret);
                if (output.Count == 1 && output[0]?.BaseObject is PSCredential found) return found.GetNetworkCredential();
                cmdlet.WriteWarning("The secret '" + secret + "' for source '" + sourceId + "' is not a PSCredential (user name and password); store it with Set-Secret -Secret (Get-Credential).");
            }
            catch (RuntimeException e)
            {
                cmdlet.WriteWarning("Cannot read the secret '" + secret + "' for source '" + sourceId + "': " + e.Message);
            }
            return null;
        }
    }
}
