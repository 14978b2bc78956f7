using System;
using System.Net;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Finds the user name and password for a source: what the caller supplied for its id (a PSCredential, a
    /// resolved SecretManagement secret), else the environment variables its <c>credential: {env, passwordEnv}</c> names.
    /// Errors name the variables, never a value.</summary>
    internal static class VeeamCredentials
    {
        public static NetworkCredential Resolve(SourceDefinition source, CollectionContext context)
        {
            if (context.Credentials.TryGetValue(source.Id, out var given) && given != null && !string.IsNullOrEmpty(given.UserName))
                return given;
            var reference = source.Credential;
            if (reference?.Env != null || reference?.PasswordEnv != null)
            {
                var user = reference!.Env == null ? null : Environment.GetEnvironmentVariable(reference.Env);
                var password = reference.PasswordEnv == null ? null : Environment.GetEnvironmentVariable(reference.PasswordEnv);
                if (string.IsNullOrEmpty(user) || password == null)
                    throw new VeeamSourceException("no credential: set the environment variables " + (reference.Env ?? "(env not named)")
                        + " and " + (reference.PasswordEnv ?? "(passwordEnv not named)") + " named in the source's credential, or pass -Credential.");
                return new NetworkCredential(user, password);
            }
            if (reference?.Secret != null)
                throw new VeeamSourceException("no credential: the secret '" + reference.Secret + "' was not resolved; run Get-DrReadiness with SecretManagement "
                    + "installed and the vault unlocked, or pass -Credential.");
            throw new VeeamSourceException("no credential: the source names none; add credential: {secret: name} or {env: VAR, passwordEnv: VAR}, or pass -Credential.");
        }
    }
}
