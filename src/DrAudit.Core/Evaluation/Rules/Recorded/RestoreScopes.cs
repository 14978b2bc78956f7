using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Recorded
{
    /// <summary>Which restore-test scopes count for which control, and how scopes are written.</summary>
    public static class RestoreScopes
    {
        /// <summary>system, application or full-service: a restore of more than files or items (E8-RB-04, DR-06).</summary>
        public static bool IsRepresentative(RestoreScope scope) =>
            scope == RestoreScope.System || scope == RestoreScope.Application || scope == RestoreScope.FullService;

        /// <summary>application or full-service: a restore whose duration says how long the service takes to return (DR-04).</summary>
        public static bool ProvesRecoveryTime(RestoreScope scope) =>
            scope == RestoreScope.Application || scope == RestoreScope.FullService;

        /// <summary>As written in a client definition: file | item | system | application | full-service.</summary>
        public static string Name(RestoreScope scope)
        {
            switch (scope)
            {
                case RestoreScope.File: return "file";
                case RestoreScope.Item: return "item";
                case RestoreScope.System: return "system";
                case RestoreScope.Application: return "application";
                default: return "full-service";
            }
        }
    }
}
