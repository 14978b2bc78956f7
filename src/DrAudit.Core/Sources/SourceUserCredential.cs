using System;
using System.Net;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>The user name and password a live source signs in with: what the caller supplied for its id (a PSCredential,
    /// a resolved SecretManagement secret), else the environment variables its <c>credential: {env, passwordEnv}</c> names.
    /// Shared by the collectors that sign in with a user and password; a problem names the variables, never a value.</summary>
    public static class SourceUserCredential
    {
        /// <summary>The credential, or null with <paramref name="problem"/> saying what is missing and how to give it.</summary>
        public static NetworkCredential? Resolve(SourceDefinition source, CollectionContext context, out string? problem)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (context == null) throw new ArgumentNullException(nameof(context));
            problem = null;
            if (context.Credentials.TryGetValue(source.Id, out var given) && given != null && !string.IsNullOrEmpty(given.UserName))
                return given;
            var reference = source.Credential;
            if (reference?.Env != null || reference?.PasswordEnv != null)
            {
                var user = reference!.Env == null ? null : Environment.GetEnvironmentVariable(reference.Env);
                var password = reference.PasswordEnv == null ? null : Environment.GetEnvironmentVariable(reference.PasswordEnv);
                if (!string.IsNullOrEmpty(user) && password != null) return new NetworkCredential(user, password);
                problem = "no credential: set the environment variables " + (reference.Env ?? "(env not named)") + " and "
                    + (reference.PasswordEnv ?? "(passwordEnv not named)") + " named in the source's credential, or pass -Credential.";
                return null;
            }
            problem = reference?.Secret != null
                ? "no credential: the secret '" + reference.Secret + "' was not resolved; run Get-DrReadiness with SecretManagement installed and the vault unlocked, or pass -Credential."
                : "no credential: the source names none; add credential: {secret: name} or {env: VAR, passwordEnv: VAR}, or pass -Credential.";
            return null;
        }
    }
}
