using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>The client's accepted risks at asOf (docs/rules.md "Exceptions"): finds the one in force for a
    /// control and service, turns Ineffective (only) into AlternateControl, and lists every exception's status.</summary>
    public sealed class ExceptionRegister
    {
        private readonly IReadOnlyList<RiskException> _exceptions;
        private readonly DateTimeOffset _asOf;

        public ExceptionRegister(IReadOnlyList<RiskException> exceptions, DateTimeOffset asOf)
        {
            _exceptions = exceptions;
            _asOf = asOf;
        }

        /// <summary>The in-force exception covering <paramref name="controlId"/> for a service: one scoped to that
        /// service first, else a client-wide one. With <paramref name="serviceId"/> null (a control judged once for
        /// the client) only client-wide exceptions count.</summary>
        public RiskException? InForce(string controlId, string? serviceId)
        {
            // Asked for every control of every service: one pass, nothing made.
            RiskException? clientWide = null;
            foreach (var exception in _exceptions)
            {
                if (exception.Control != controlId || !exception.IsInForce(_asOf)) continue;
                if (serviceId != null && exception.Service == serviceId) return exception;
                if (clientWide == null && exception.Service == null) clientWide = exception;
            }
            return clientWide;
        }

        /// <summary>The outcome after exceptions: Ineffective becomes AlternateControl when an exception is in force;
        /// every other outcome (NoVisibility included) is unchanged. <paramref name="applied"/> is the exception used.</summary>
        public Outcome Apply(Outcome outcome, string controlId, string? serviceId, out RiskException? applied)
        {
            applied = outcome == Outcome.Ineffective ? InForce(controlId, serviceId) : null;
            return applied == null ? outcome : Outcome.AlternateControl;
        }

        /// <summary>Every exception of the definition, in the order written, with its status at asOf.</summary>
        public List<ExceptionStatus> Statuses() => _exceptions.Select(e => new ExceptionStatus
        {
            Control = e.Control,
            Service = e.Service,
            Status = StatusOf(e),
            AcceptedBy = e.AcceptedBy,
            AcceptedOn = e.AcceptedOn,
            Expires = e.Expires,
            Reason = e.Reason,
            Compensating = e.Compensating,
        }).ToList();

        /// <summary>"active", "expired" or "notYetAccepted" at asOf.</summary>
        public string StatusOf(RiskException exception) =>
            exception.IsInForce(_asOf) ? "active" : exception.IsExpired(_asOf) ? "expired" : "notYetAccepted";

        /// <summary>"accepted by Dr Priya Shah until 2027-03-01: reason; compensating control: ...".</summary>
        public static string Describe(RiskException exception)
        {
            var who = string.IsNullOrWhiteSpace(exception.AcceptedBy) ? "an unnamed person" : exception.AcceptedBy;
            var text = "accepted by " + who + " until " + exception.Expires.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(exception.Reason)) text += ": " + exception.Reason.Trim().TrimEnd('.');
            if (!string.IsNullOrWhiteSpace(exception.Compensating)) text += "; compensating control: " + exception.Compensating.Trim().TrimEnd('.');
            return text;
        }
    }
}
