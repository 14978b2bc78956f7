using System;
using System.Threading;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>
    /// Collects one source under its <see cref="SourceTimeouts"/>: the request timeout goes to the collector, and
    /// the deadline cancels the collection when it passes. A source stopped by its deadline is a failed source
    /// (NoVisibility for everything it would have evidenced) whose reason says so; cancellation by the caller
    /// still stops the audit.
    /// </summary>
    public static class SourceCollection
    {
        public static SourceData Collect(SourceDefinition source, CollectionContext context, SourceTimeouts timeouts, CancellationToken cancellation)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (context == null) throw new ArgumentNullException(nameof(context));
            if (timeouts == null) throw new ArgumentNullException(nameof(timeouts));
            var deadline = timeouts.DeadlineFor(source);
            context.RequestTimeout = timeouts.RequestTimeoutFor(source);
            using (var within = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                within.CancelAfter(deadline);
                SourceData data;
                try
                {
                    data = SourceCollectors.For(source.Type).Collect(source, context, within.Token);
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested && within.IsCancellationRequested)
                {
                    return SourceData.Failed(source, DeadlinePassed(source, deadline));
                }
                // A collector that turned the cancellation into a failure of its own still failed because time ran out.
                if (!data.Ok && within.IsCancellationRequested && !cancellation.IsCancellationRequested)
                    return SourceData.Failed(source, DeadlinePassed(source, deadline));
                return data;
            }
        }

        private static string DeadlinePassed(SourceDefinition source, TimeSpan deadline) =>
            "source '" + source.Id + "' did not finish within its deadline of " + SourceTimeouts.Words(deadline) +
            " and was stopped (a server that does not answer?); give the source a longer 'deadline', or use --source-deadline / -SourceDeadline.";
    }
}
