using System.Collections.Generic;

namespace DrAudit.Core.Model.Definition
{
    public sealed class RecoveryDefinition
    {
        public RecoveryCredentials? Credentials { get; set; }
        public RecoveryPlan? Plan { get; set; }
        public List<Contact> Contacts { get; set; } = new List<Contact>();
        public Communications? Communications { get; set; }
    }
}
