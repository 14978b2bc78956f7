using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Auditing
{
    /// <summary>One audit in one call: load the client definition, collect every source, score the controls.
    /// The result's <see cref="ReadinessResult.Inputs"/> holds exactly what it was scored on.</summary>
    public static class ReadinessAuditor
    {
        public const int CollectionActivityId = 1;
        public const string CollectionActivity = "Collecting backup evidence";

        /// <summary>Loads and audits a client definition file. Throws <see cref="DefinitionException"/> (with every
        /// problem) when the file has errors; its warnings go to the host.</summary>
        public static ReadinessResult Audit(string clientPath, AuditOptions options, IAuditHost host, CancellationToken cancellation)
        {
            var read = ClientDefinitionLoader.Read(clientPath);
            if (read.HasErrors || read.Definition == null) throw new DefinitionException(read.Problems);
            foreach (var warning in read.Problems.Where(p => p.Severity == ProblemSeverity.Warning))
                host.WriteWarning(warning.ToString());
            return Audit(read.Definition, options, host, cancellation);
        }

        /// <summary>Audits a loaded client definition.</summary>
        public static ReadinessResult Audit(ClientDefinition definition, AuditOptions options, IAuditHost host, CancellationToken cancellation)
        {
            var now = options.Clock();
            var asOf = options.AsOf ?? definition.ResolveAsOf(now);
            TimeBounds.CheckAsOf(asOf);
            host.WriteVerbose("Auditing " + definition.Client.Id + " as of " + asOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + ".");
            var sources = Collect(definition, asOf, options, host, cancellation);
            cancellation.ThrowIfCancellationRequested();

            var context = new AuditContext(definition, asOf, sources);
            var result = ReadinessEvaluator.Evaluate(context, ControlCatalogue.Default, ToolVersion.Current, now);
            result.Inputs = new AuditInputs(definition, sources, context.Evidence);
            foreach (var failed in result.Sources.Where(s => s.Status == SourceState.Failed))
                host.WriteWarning(IncompleteWarning(result, failed));
            foreach (var warning in result.Warnings) host.WriteWarning(warning);
            foreach (var expired in result.Exceptions.Where(e => e.Status == "expired"))
                host.WriteWarning("The exception for " + expired.Control + (expired.Service == null ? "" : " on " + expired.Service) +
                    " accepted by " + expired.AcceptedBy + " expired on " + expired.Expires.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "; it no longer changes any outcome.");
            return result;
        }

        private static List<SourceData> Collect(ClientDefinition definition, DateTimeOffset asOf, AuditOptions options, IAuditHost host, CancellationToken cancellation)
        {
            var collected = new List<SourceData>();
            var context = new CollectionContext(asOf, definition.AuditWindow, host) { Definition = definition };
            foreach (var credential in options.Credentials) context.Credentials[credential.Key] = credential.Value;
            var total = definition.Sources.Count;
            for (int i = 0; i < total; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var source = definition.Sources[i];
                var status = "source " + (i + 1).ToString(CultureInfo.InvariantCulture) + " of " + total.ToString(CultureInfo.InvariantCulture) + ": " + source.Id;
                host.WriteProgress(new ProgressReport(CollectionActivityId, CollectionActivity, status, i * 100 / total));
                host.WriteVerbose("Collecting " + source.Type + " source " + source.Id + ".");
                var data = SourceCollection.Collect(source, context, options.Timeouts, cancellation);
                host.WriteVerbose(data.Ok
                    ? "Source " + source.Id + ": " + Describe(data)
                    : "Source " + source.Id + " failed: " + data.Error);
                collected.Add(data);
            }
            host.WriteProgress(new ProgressReport(CollectionActivityId, CollectionActivity, "done", 100, completed: true));
            return collected;
        }

        /// <summary>The warning for one source that could not be read: which, why (the collector's reason, which may say
        /// what to set: this goes to the engineer's console, never into the report), and how many findings rest on it.</summary>
        public static string IncompleteWarning(ReadinessResult result, SourceStatus failed)
        {
            var cause = result.RootCauses.FirstOrDefault(c => c.Key == Evaluation.Causes.CauseReference.SourceUnreadable(failed.Id, failed.Type).Key);
            var explained = cause == null ? "" : " " + cause.Findings.Count.ToString(CultureInfo.InvariantCulture) +
                (cause.Findings.Count == 1 ? " finding" : " findings") + " could not be judged because of it.";
            return "The audit of " + result.Client.Id + " is incomplete: source '" + failed.Id + "' (" + failed.Type + ") could not be read: " +
                   (string.IsNullOrWhiteSpace(failed.Error) ? "no reason was given." : failed.Error!.Trim()) + explained;
        }

        private static string Describe(SourceData data)
        {
            var inventory = data.Inventory!;
            return string.Format(CultureInfo.InvariantCulture, "{0} repositories, {1} jobs, {2} runs, {3} restore points.",
                inventory.Repositories.Count, inventory.Jobs.Count, inventory.Runs.Count, inventory.RestorePoints.Count);
        }
    }
}
