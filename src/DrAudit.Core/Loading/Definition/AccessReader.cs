using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>access</c>: backup administrators and the attested access statements.</summary>
    internal static class AccessReader
    {
        private static readonly string[] Keys = { "backupAdmins", "attested" };
        private static readonly string[] AttestedKeys =
        {
            "by", "on", "unprivilegedCannotAccessOthers", "unprivilegedCannotModify", "privilegedCannotAccessOthers",
            "privilegedCannotModify", "unprivilegedCannotAccessOwn", "privilegedCannotAccessOwn", "backupAdminsCannotDeleteInRetention",
        };

        public static AccessDefinition? Read(MappingFields top)
        {
            var f = top.Mapping("access", "'access'", Keys);
            if (f == null) return null;
            var access = new AccessDefinition();
            var admins = f.ScalarList("backupAdmins", "a list of accounts or groups");
            if (admins != null) access.BackupAdmins = admins.Select(a => a.Value).ToList();

            var a = f.Mapping("attested", "'attested'", AttestedKeys);
            if (a != null)
            {
                access.Attested = new AccessAttestation
                {
                    By = a.Text("by", required: true) ?? "",
                    On = a.Date("on", required: true) ?? default,
                    UnprivilegedCannotAccessOthers = a.Bool("unprivilegedCannotAccessOthers"),
                    UnprivilegedCannotModify = a.Bool("unprivilegedCannotModify"),
                    PrivilegedCannotAccessOthers = a.Bool("privilegedCannotAccessOthers"),
                    PrivilegedCannotModify = a.Bool("privilegedCannotModify"),
                    UnprivilegedCannotAccessOwn = a.Bool("unprivilegedCannotAccessOwn"),
                    PrivilegedCannotAccessOwn = a.Bool("privilegedCannotAccessOwn"),
                    BackupAdminsCannotDeleteInRetention = a.Bool("backupAdminsCannotDeleteInRetention"),
                };
            }
            return access;
        }
    }
}
