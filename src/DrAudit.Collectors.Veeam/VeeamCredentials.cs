using System.Net;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;
using DrAudit.Core.Sources.Rest;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>The user name and password for a source, found as every user-and-password collector finds them
    /// (<see cref="SourceUserCredential"/>); a missing credential is a Veeam source failure naming what to set, never a value.</summary>
    internal static class VeeamCredentials
    {
        public static NetworkCredential Resolve(SourceDefinition source, CollectionContext context) =>
            SourceUserCredential.Resolve(source, context, out var problem) ?? throw new RestSourceException(problem!);
    }
}
