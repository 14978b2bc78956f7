using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Evaluation
{
    /// <summary>Every rule in this assembly, found by reflection, keyed by control id.</summary>
    public static class ControlRules
    {
        private static readonly Lazy<IReadOnlyDictionary<string, IControlRule>> Rules = new Lazy<IReadOnlyDictionary<string, IControlRule>>(Discover);

        public static IReadOnlyDictionary<string, IControlRule> All => Rules.Value;

        private static IReadOnlyDictionary<string, IControlRule> Discover()
        {
            var rules = typeof(ControlRules).Assembly.GetTypes()
                .Where(t => typeof(IControlRule).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface && t.GetConstructor(Type.EmptyTypes) != null)
                .Select(t => (IControlRule)Activator.CreateInstance(t)!)
                .ToList();
            var dictionary = new Dictionary<string, IControlRule>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (dictionary.ContainsKey(rule.ControlId))
                    throw new InvalidOperationException($"Two rules claim control {rule.ControlId}.");
                dictionary[rule.ControlId] = rule;
            }
            return dictionary;
        }
    }
}
