using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Packs.Excel
{
    /// <summary>A client scored by the real rules, with hostile names everywhere a client or a backup system
    /// supplies text: a formula-injection job, markup, quotes, formula prefixes, a right-to-left override and a
    /// 5,000-character job name. Two services, a copy to an immutable repository, a failed source, a restore
    /// test and an exercise with an overdue action.</summary>
    public static class ExcelScenario
    {
        public static readonly DateTimeOffset GeneratedAt = new DateTimeOffset(2026, 11, 1, 3, 12, 44, TimeSpan.Zero);
        public const string InjectionJob = "=cmd|' /C calc'!A0";
        public const string ScriptName = "<script>alert('x')</script> & \"Payroll\"";
        public const string PlusName = "+61 2 9999 0000";
        public const string MinusName = "-2+3";
        public const string AtName = "@SUM(A1:A9)";
        public const string RightToLeftName = "invoice\u202Egpj.exe";
        /// <summary>Excel reads "_xHHHH_" in stored text as an escaped character: this must be stored escaped.</summary>
        public const string EscapeLikeName = "_x0041_ is not an A";
        public static readonly string LongJobName = "nightly-" + new string('x', 4992);

        public static Scenario Build()
        {
            var s = new Scenario();
            s.Definition.Client.Name = ScriptName;
            s.Definition.Client.Msp = PlusName;
            s.Component("payroll-db", ComponentKind.Database).Name = AtName;
            s.Component("entra-id", ComponentKind.Identity).Name = RightToLeftName;
            s.Component("mailbox", ComponentKind.M365Mailbox, source: "m365");
            s.Service("payroll", "critical", "payroll-db", "entra-id").Name = ScriptName;
            s.Service("email", "standard", "mailbox").Name = MinusName;

            s.Repository("local");
            s.Repository("cloud", RepositoryLocation.Cloud, immutable: true, immutableDays: 400, sharesProductionCredentials: false);
            s.Job(InjectionJob, "local", "400d", objects: "payroll-db");
            s.Job("copy", "cloud", "400d", JobKind.Copy, objects: "payroll-db");
            s.Job("identity", "local", "400d", objects: "entra-id").Name = LongJobName;
            s.Runs(InjectionJob, s.DaysAgo(60), s.DaysAgo(0.5), TimeSpan.FromDays(1));
            s.Runs("copy", s.DaysAgo(3), s.DaysAgo(1), TimeSpan.FromDays(1));
            s.Run("identity", s.DaysAgo(2), RunResult.Failed);
            var runs = s.Source("main").Runs;
            var first = runs[0];
            first.Message = MinusName;
            runs[0] = first;
            s.FailSource("m365", "The tenant refused the sign-in.");

            s.RestoreTest("payroll", s.DaysAgo(30), exercise: true).ValidatedBy = AtName;
            s.Definition.Exercises.Add(new Exercise
            {
                Date = s.DaysAgo(40), Kind = ExerciseKind.Tabletop, Services = { "payroll" }, Report = EscapeLikeName,
                Actions =
                {
                    new ExerciseAction { Id = "A-1", Text = InjectionJob, Owner = RightToLeftName, Due = s.DaysAgo(10) },
                    new ExerciseAction { Id = "A-2", Text = "Closed action", Due = s.DaysAgo(20), ClosedOn = s.DaysAgo(25) },
                },
            });
            return s;
        }

        public static ReadinessResult Result(bool withInputs = true)
        {
            var s = Build();
            var result = ReadinessEvaluator.Evaluate(s.Context(), ControlCatalogue.Default, "0.1.0-test", GeneratedAt);
            if (withInputs) result.Inputs = new AuditInputs(s.Definition, s.Sources);
            return result;
        }
    }
}
