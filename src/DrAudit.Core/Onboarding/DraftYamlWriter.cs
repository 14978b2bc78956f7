using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Onboarding
{
    /// <summary>
    /// Writes a <see cref="ClientDefinitionDraft"/> as client.yaml (draudit/v1): every value that came from a source is
    /// double-quoted and escaped (an object name is data, never YAML), comments are kept to one line each with control
    /// characters removed, and every placeholder is marked <c>DECIDE</c> so a search finds each decision left to make.
    /// Paths of captures and inventories are written relative to the file's own folder.
    /// </summary>
    public static class DraftYamlWriter
    {
        /// <summary>The marker of every decision the draft leaves open.</summary>
        public const string Decide = "DECIDE";

        public static string Write(ClientDefinitionDraft draft, string targetPath, string toolVersion)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(targetPath)) ?? "";
            var w = new StringBuilder();
            Header(w, draft, toolVersion);
            w.Append("apiVersion: draudit/v1\n");
            w.Append("client:\n");
            w.Append("  id: ").Append(draft.ClientId).Append('\n');
            w.Append("  name: ").Append(Quote(draft.ClientName)).Append("   # " + Decide + ": the client's name as it should appear on reports\n");
            if (draft.Msp != null) w.Append("  msp: ").Append(Quote(draft.Msp)).Append('\n');
            else w.Append("  # msp: " + Decide + " your MSP's name, shown on reports\n");
            if (draft.AsOf != null)
                w.Append("asOf: ").Append(draft.AsOf.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                 .Append("   # the point in time the sources were read as of; remove it to audit as of now\n");
            w.Append('\n');
            Services(w, draft);
            Components(w, draft);
            Sources(w, draft, folder);
            Undecided(w, draft);
            return w.ToString();
        }

        private static void Header(StringBuilder w, ClientDefinitionDraft draft, string toolVersion)
        {
            w.Append("# DRAFT client definition, written by DrAudit ").Append(toolVersion).Append(" (draudit init / New-DrClientDefinition) on ")
             .Append(draft.DraftedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC\n");
            w.Append("# from what its sources report. It loads and can be audited as it is, but it is not yet a DR map: every\n");
            w.Append("# line marked " + Decide + " is a decision for the MSP engineer and the client. Until they are made the audit reports them:\n");
            w.Append("#   - every component sits in one placeholder service; split them into the services the business recognises;\n");
            w.Append("#   - no target is approved (no approvedBy/approvedOn), so DR-01 stays a finding until the business approves them;\n");
            w.Append("#   - the placeholder tier is critical, the strictest, so no recovery point passes because of a guessed target;\n");
            w.Append("#   - no owners, dependsOn, restore order, workaround, recovery, access or restore tests: nothing is invented;\n");
            w.Append("#   - workloads the sources can see that nothing protects are listed at the end, for a decision.\n");
            w.Append("# See docs/onboarding.md and docs/client-definition.md.\n");
        }

        private static void Services(StringBuilder w, ClientDefinitionDraft draft)
        {
            w.Append("services:\n");
            w.Append("  - id: ").Append(ClientDefinitionDraft.PlaceholderServiceId)
             .Append("   # " + Decide + ": split into the services the business recognises (practice management, email, payroll...)\n");
            w.Append("    name: ").Append(Quote("Unassigned (draft): components not yet sorted into services")).Append('\n');
            w.Append("    tier: ").Append(ClientDefinitionDraft.PlaceholderTier).Append("   # " + Decide + ": critical | important | standard, the business's choice per service\n");
            w.Append("    # owners:   # " + Decide + ": who answers for the service; a service without owners is a finding\n");
            w.Append("    #   business: " + Decide + "\n");
            w.Append("    #   technical: " + Decide + "\n");
            w.Append("    # targets:  # " + Decide + ": targets the business approved; until approvedBy and approvedOn are set, DR-01 is a finding\n");
            w.Append("    #   rpo: 4h\n");
            w.Append("    #   rto: 8h\n");
            w.Append("    #   approvedBy: " + Decide + "\n");
            w.Append("    #   approvedOn: " + Decide + " yyyy-mm-dd\n");
            w.Append("    components:\n");
            var ids = draft.Components.Count > 0 ? draft.Components.Select(c => c.Id) : new[] { ClientDefinitionDraft.PlaceholderComponentId };
            foreach (var id in ids) w.Append("      - ").Append(id).Append('\n');
            w.Append('\n');
        }

        private static void Components(StringBuilder w, ClientDefinitionDraft draft)
        {
            w.Append("components:\n");
            if (draft.Components.Count == 0)
            {
                w.Append("  # No source reported a protected object, so this placeholder stands in: expected to be protected and\n");
                w.Append("  # matched by nothing, it is a coverage gap in the audit until it is replaced.\n");
                w.Append("  - id: ").Append(ClientDefinitionDraft.PlaceholderComponentId).Append("   # " + Decide + ": the components the services need\n");
                w.Append("    name: ").Append(Quote("To be defined")).Append('\n');
                w.Append("    kind: other\n");
                w.Append('\n');
                return;
            }
            string? lastSource = null;
            foreach (var component in draft.Components)
            {
                var source = component.Matches[0].Source;
                if (source != lastSource)
                {
                    var s = draft.Sources.First(x => x.Definition.Id == source);
                    w.Append("  # Protected in ").Append(source).Append(s.System == null ? "" : " (" + Comment(s.System) + ")")
                     .Append(": ").Append(s.ProtectedObjects.ToString(CultureInfo.InvariantCulture)).Append(" object(s).\n");
                    lastSource = source;
                }
                w.Append("  - id: ").Append(component.Id).Append('\n');
                w.Append("    name: ").Append(Quote(component.Name)).Append("   # " + Decide + ": a name the business recognises\n");
                w.Append("    kind: ").Append(KebabCase.Of(component.Kind)).Append("   # ")
                 .Append(component.KindIsGuess ? Decide + ": " : "").Append(Comment(component.KindReason)).Append('\n');
                w.Append("    # dependsOn: [ ]   # " + Decide + ": components that must be back first\n");
                w.Append("    backup:\n");
                w.Append("      match:");
                if (component.Jobs.Count > 0) w.Append("   # ").Append(component.Jobs.Count == 1 ? "job: " : "jobs: ").Append(Comment(string.Join("; ", component.Jobs)));
                w.Append('\n');
                foreach (var match in component.Matches)
                {
                    w.Append("        - { source: ").Append(match.Source).Append(", object: ").Append(Quote(match.Object)).Append(" }");
                    if (match.Object.IndexOf('*') >= 0) w.Append("   # " + Decide + ": this name holds *, which backup.match reads as a wildcard: it may match more");
                    w.Append('\n');
                }
            }
            w.Append('\n');
        }

        private static void Sources(StringBuilder w, ClientDefinitionDraft draft, string folder)
        {
            w.Append("sources:\n");
            foreach (var source in draft.Sources)
            {
                var d = source.Definition;
                if (source.Error != null)
                {
                    w.Append("  # " + Decide + ": this source could not be read when the draft was written, so nothing it protects is above:\n");
                    w.Append("  #   ").Append(Comment(source.Error)).Append('\n');
                }
                w.Append("  - id: ").Append(d.Id).Append('\n');
                w.Append("    type: ").Append(d.Type).Append('\n');
                Optional(w, "url", d.Url);
                Optional(w, "tenantId", d.TenantId);
                Optional(w, "clientId", d.ClientId);
                Optional(w, "cloud", d.Cloud);
                Optional(w, "endpoint", d.Endpoint);
                Optional(w, "authorityHost", d.AuthorityHost);
                Optional(w, "organization", d.Organization);
                Optional(w, "certificateThumbprint", d.CertificateThumbprint);
                Optional(w, "apiVersion", d.ApiVersion);
                if (d.Path != null) w.Append("    path: ").Append(Quote(Relative(folder, d.Path))).Append('\n');
                if (d.Capture != null) w.Append("    capture: ").Append(Quote(Relative(folder, d.Capture))).Append('\n');
                if (d.Credential != null)
                {
                    if (d.Credential.Secret != null) w.Append("    credential: { secret: ").Append(Quote(d.Credential.Secret)).Append(" }\n");
                    else
                    {
                        w.Append("    credential: { env: ").Append(Quote(d.Credential.Env ?? ""));
                        if (d.Credential.PasswordEnv != null) w.Append(", passwordEnv: ").Append(Quote(d.Credential.PasswordEnv));
                        w.Append(" }\n");
                    }
                }
                if (d.RequestTimeout != null) w.Append("    requestTimeout: ").Append(d.RequestTimeout.Value.ToString()).Append('\n');
                if (d.Deadline != null) w.Append("    deadline: ").Append(d.Deadline.Value.ToString()).Append('\n');
                Attestations(w, d);
                if (source.BackupServer != null)
                    w.Append("    # Backup server: ").Append(Comment(source.BackupServer)).Append(" (its configuration backup is judged by DR-15).\n");
            }
        }

        /// <summary>Repository facts a person attested in the definition the sources came from (--from / -Client): copied
        /// as they were, with who and when, so the draft is audited on the same facts. A draft never attests anything itself.</summary>
        private static void Attestations(StringBuilder w, SourceDefinition d)
        {
            if (d.Repositories.Count == 0) return;
            w.Append("    repositories:   # attested in the definition these sources came from; kept as they were\n");
            foreach (var a in d.Repositories)
            {
                w.Append("      - match: ").Append(Quote(a.Match)).Append('\n');
                if (a.Location != null) w.Append("        location: ").Append(KebabCase.Of(a.Location.Value)).Append('\n');
                if (a.Encrypted != null) w.Append("        encrypted: ").Append(a.Encrypted.Value ? "true" : "false").Append('\n');
                if (a.Immutable != null) w.Append("        immutable: ").Append(a.Immutable.Value ? "true" : "false").Append('\n');
                if (a.ImmutableDays != null) w.Append("        immutableDays: ").Append(a.ImmutableDays.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
                if (a.SharesProductionCredentials != null)
                    w.Append("        sharesProductionCredentials: ").Append(a.SharesProductionCredentials.Value ? "true" : "false").Append('\n');
                w.Append("        attestedBy: ").Append(Quote(a.AttestedBy)).Append('\n');
                w.Append("        attestedOn: ").Append(a.AttestedOn.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        private static void Undecided(StringBuilder w, ClientDefinitionDraft draft)
        {
            var blind = draft.Sources.Where(s => s.Error == null && !s.Enumerates).Select(s => s.Definition.Id).ToList();
            w.Append('\n');
            if (draft.Undecided.Count == 0)
            {
                w.Append("# No source reported a workload that nothing protects.\n");
            }
            else
            {
                w.Append("# " + Decide + ": workloads the sources can see that no enabled job protects (").Append(draft.Undecided.Count.ToString(CultureInfo.InvariantCulture))
                 .Append("). Decide each one; until then DR-16\n");
                w.Append("# reports it as unaccounted for. Either protect it and add a component that matches it, or, if it is deliberately\n");
                w.Append("# not backed up, add an accountedFor entry (below) with the reason and who in the business accepted it.\n");
                foreach (var u in draft.Undecided)
                {
                    w.Append("#   ").Append(u.Source).Append(": ").Append(Comment(u.Object));
                    var about = new List<string>();
                    if (u.Kind != null) about.Add(u.Kind + (string.IsNullOrEmpty(u.Platform) ? "" : " on " + u.Platform));
                    if (u.DisabledJob != null) about.Add("only in the disabled job \"" + u.DisabledJob + "\"");
                    if (about.Count > 0) w.Append(" (").Append(Comment(string.Join("; ", about))).Append(')');
                    w.Append('\n');
                }
                var first = draft.Undecided[0];
                w.Append("#\n");
                w.Append("# accountedFor:\n");
                w.Append("#   - source: ").Append(first.Source).Append('\n');
                w.Append("#     object: ").Append(Comment(Quote(first.Object))).Append('\n');
                w.Append("#     reason: " + Decide + " why it is not backed up\n");
                w.Append("#     acceptedBy: " + Decide + " who in the business accepted that\n");
                w.Append("#     acceptedOn: " + Decide + " yyyy-mm-dd\n");
            }
            foreach (var id in blind)
                w.Append("# ").Append(id).Append(" cannot list the workloads in its environment, so what it does not protect is unknown: check by hand.\n");
        }

        private static void Optional(StringBuilder w, string key, string? value)
        {
            if (value != null) w.Append("    ").Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }

        /// <summary><paramref name="path"/> relative to <paramref name="folder"/> with '/' separators ("./veeam-capture",
        /// "../exports/x.json"); the full path when they share no root.</summary>
        internal static string Relative(string folder, string path)
        {
            var separators = new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
            var from = Path.GetFullPath(folder).Split(separators, StringSplitOptions.RemoveEmptyEntries);
            var to = Path.GetFullPath(path).Split(separators, StringSplitOptions.RemoveEmptyEntries);
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var common = 0;
            while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], comparison)) common++;
            if (common == 0) return Path.GetFullPath(path);
            var parts = Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)).ToList();
            if (parts.Count == 0) return ".";
            var relative = string.Join("/", parts);
            return parts[0] == ".." ? relative : "./" + relative;
        }

        /// <summary>A YAML double-quoted scalar: backslash, quote and every control or line-breaking character escaped.</summary>
        internal static string Quote(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': sb.Append("\\\\"); break;
                    case '"': sb.Append("\\\""); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (char.IsControl(c) || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }

        /// <summary>Text for a one-line comment: line breaks and other control characters become spaces.</summary>
        internal static string Comment(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (var c in text)
                sb.Append(char.IsControl(c) || c == '\u0085' || c == '\u2028' || c == '\u2029' ? ' ' : c);
            return sb.ToString();
        }
    }
}
