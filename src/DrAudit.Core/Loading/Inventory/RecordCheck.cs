using System;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>A rule across the fields of one record (a run must not end before it starts), reported at one field.</summary>
    internal sealed class RecordCheck<T>
    {
        public RecordCheck(string field, string code, Func<T, string?> problem)
        {
            Field = field;
            Code = code;
            Problem = problem;
        }

        /// <summary>The field the problem is located at.</summary>
        public string Field { get; }
        public string Code { get; }
        /// <summary>The message when the record breaks the rule, else null.</summary>
        public Func<T, string?> Problem { get; }
    }
}
