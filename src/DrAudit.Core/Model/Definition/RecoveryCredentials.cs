using System;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>Credentials usable when the identity provider is down. Null members were not stated.</summary>
    public sealed class RecoveryCredentials
    {
        public int? BreakGlassAccounts { get; set; }
        public bool? IndependentOfProductionIdentity { get; set; }
        public bool? StoredOffline { get; set; }
        public DateTimeOffset? LastTested { get; set; }
    }
}
