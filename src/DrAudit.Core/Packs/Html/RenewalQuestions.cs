using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html.View;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>
    /// The questions an account manager asks at a renewal, derived from the findings: one per control with findings,
    /// naming the services it concerns, grouped as what is protected, how it is restored, how long it takes and who acts.
    /// </summary>
    public static class RenewalQuestions
    {
        public const string WhatIsProtected = "What is protected";
        public const string HowItIsRestored = "How it is restored";
        public const string HowLongItTakes = "How long it takes";
        public const string WhoActs = "Who acts";

        private static readonly string[] Groups = { WhatIsProtected, HowItIsRestored, HowLongItTakes, WhoActs };

        private static readonly Dictionary<string, (string Group, string Question)> ByControl = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["E8-RB-01"] = (WhatIsProtected, "Which systems are not backed up as often, or kept as long, as the business agreed, and when will the backup jobs be changed to match?"),
            ["DR-02"] = (WhatIsProtected, "Which systems the service needs have no backup at all, and who will add them?"),
            ["DR-14"] = (WhatIsProtected, "Microsoft 365 keeps deleted data only briefly: which mailboxes, sites or OneDrives still need a backup of their own?"),
            ["E8-RB-03"] = (WhatIsProtected, "Is there a second, encrypted copy away from the office, so one fire, flood or theft cannot take every backup?"),
            ["DR-08"] = (WhatIsProtected, "Could an attacker holding the administrator passwords delete every copy, and which copy is out of their reach?"),
            ["E8-RB-11"] = (WhatIsProtected, "Can the people who run the backups delete them before their retention ends, and how will that be prevented?"),
            ["E8-RB-05"] = (WhatIsProtected, "Can ordinary staff accounts open other people's backups?"),
            ["E8-RB-06"] = (WhatIsProtected, "Can ordinary staff accounts change or delete backups?"),
            ["E8-RB-07"] = (WhatIsProtected, "Can administrators other than the backup administrators open other people's backups?"),
            ["E8-RB-08"] = (WhatIsProtected, "Can administrators other than the backup administrators change or delete backups?"),
            ["E8-RB-09"] = (WhatIsProtected, "Can ordinary staff accounts reach their own backups (and so a ransomware infection on their device)?"),
            ["E8-RB-10"] = (WhatIsProtected, "Can administrators other than the backup administrators reach their own backups?"),
            ["E8-RB-02"] = (HowItIsRestored, "Can all the systems of the service be restored to the same moment, so records and logins line up?"),
            ["E8-RB-04"] = (HowItIsRestored, "When will the next DR exercise restore whole systems to a common point in time?"),
            ["DR-05"] = (HowItIsRestored, "When was the whole service (not just one server or file) last restored and checked?"),
            ["DR-07"] = (HowItIsRestored, "If the sign-in system is down, which accounts let the team in to restore, and when were they last tested?"),
            ["DR-09"] = (HowItIsRestored, "In what order are the systems brought back, and is that order written down where the team can find it in an outage?"),
            ["DR-03"] = (HowLongItTakes, "How much recent work would be lost if the service failed today, compared with what the business accepts?"),
            ["DR-04"] = (HowLongItTakes, "How long does a full restore really take, and does it fit the outage the business can bear?"),
            ["DR-06"] = (HowLongItTakes, "When will a representative restore be run again, as often as the agreed test interval requires?"),
            ["DR-10"] = (HowLongItTakes, "Why are backup jobs failing or missing runs, and who watches for that every day?"),
            ["DR-01"] = (WhoActs, "Who in the business signs off the recovery targets, and when will they be approved again?"),
            ["DR-11"] = (WhoActs, "Who decides, who restores and who tells staff and customers during an outage, and where is the plan kept offline?"),
            ["DR-12"] = (WhoActs, "How does the practice keep working while a critical system is down, and who starts the workaround?"),
            ["DR-13"] = (WhoActs, "When is the next DR exercise, and who closes the actions still open from the last one?"),
            ["DR-15"] = (HowItIsRestored, "If the backup server itself were lost, could it be rebuilt from a recent, protected copy of its configuration?"),
            ["DR-16"] = (WhatIsProtected, "Which systems found in the environment belong to no service and have no backup, and who decides whether they need one?"),
        };

        public static List<QuestionGroupView> From(IEnumerable<Finding> findings, Func<string?, string> serviceName, Func<string, string> controlTitle)
        {
            var groups = Groups.Select(g => new QuestionGroupView { Title = g }).ToList();
            foreach (var byControl in findings.GroupBy(f => f.Control, StringComparer.Ordinal))
            {
                var (group, question) = ByControl.TryGetValue(byControl.Key, out var known)
                    ? known
                    : (WhatIsProtected, "What will be done so that this holds: " + controlTitle(byControl.Key).TrimEnd('.') + "?");
                var services = byControl.Select(f => f.Service == null ? "All services" : serviceName(f.Service)).Distinct(StringComparer.Ordinal).ToList();
                groups.First(g => g.Title == group).Questions.Add(new QuestionView { Control = byControl.Key, Text = question, Services = services });
            }
            return groups.Where(g => g.Questions.Count > 0).ToList();
        }
    }
}
