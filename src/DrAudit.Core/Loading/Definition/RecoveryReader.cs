using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>recovery</c>: break-glass credentials, the plan, contacts and communications.</summary>
    internal static class RecoveryReader
    {
        private static readonly string[] Keys = { "credentials", "plan", "contacts", "communications" };
        private static readonly string[] CredentialKeys = { "breakGlassAccounts", "independentOfProductionIdentity", "storedOffline", "lastTested" };
        private static readonly string[] PlanKeys = { "location", "reviewedOn" };
        private static readonly string[] ContactKeys = { "role", "name", "phone" };
        private static readonly string[] CommunicationKeys = { "channel" };

        public static RecoveryDefinition? Read(DefinitionContext context, MappingFields top)
        {
            var f = top.Mapping("recovery", "'recovery'", Keys);
            if (f == null) return null;
            var recovery = new RecoveryDefinition();

            var credentials = f.Mapping("credentials", "'credentials'", CredentialKeys);
            if (credentials != null)
            {
                recovery.Credentials = new RecoveryCredentials
                {
                    BreakGlassAccounts = credentials.WholeNumber("breakGlassAccounts"),
                    IndependentOfProductionIdentity = credentials.Bool("independentOfProductionIdentity"),
                    StoredOffline = credentials.Bool("storedOffline"),
                    LastTested = credentials.Date("lastTested"),
                };
            }

            var plan = f.Mapping("plan", "'plan'", PlanKeys);
            if (plan != null) recovery.Plan = new RecoveryPlan { Location = plan.Text("location"), ReviewedOn = plan.Date("reviewedOn") };

            var contacts = f.List("contacts", "a list of contacts");
            if (contacts != null)
            {
                foreach (var item in contacts)
                {
                    var c = context.Yaml.Mapping(item, "a contact", ContactKeys);
                    if (c == null) continue;
                    recovery.Contacts.Add(new Contact
                    {
                        Role = c.Enum<ContactRole>("role", required: true) ?? default,
                        Name = c.Text("name", required: true) ?? "",
                        Phone = c.Text("phone"),
                    });
                }
            }

            var communications = f.Mapping("communications", "'communications'", CommunicationKeys);
            if (communications != null) recovery.Communications = new Communications { Channel = communications.Text("channel") };
            return recovery;
        }
    }
}
