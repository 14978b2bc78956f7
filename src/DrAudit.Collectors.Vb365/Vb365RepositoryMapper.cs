using System.Collections.Generic;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>A VB365 backup repository as a neutral repository. A repository extended with object storage
    /// (<c>objectStorageId</c>) keeps its data there: location from the object storage type, encryption from
    /// <c>objectStorageEncryptionEnabled</c>, immutability from the object storage's <c>enableImmutability</c> (v7 and later),
    /// kept as long as the repository's retention. A local (JET) repository cannot be encrypted or immutable (both false),
    /// and where its proxy stands is not known to the API (location unknown: attest it on the source).</summary>
    internal static class Vb365RepositoryMapper
    {
        public static Repository Map(JObject record, Dictionary<string, JObject> objectStorage, bool objectStorageRead)
        {
            var repository = new Repository
            {
                Id = Vb365Json.String(record, "id")!,
                Name = Vb365Json.String(record, "name"),
            };
            var storageId = Vb365Json.String(record, "objectStorageId");
            if (storageId == null)
            {
                repository.Encrypted = false;
                repository.Immutable = false;
                repository.ImmutableDays = 0;
                return repository;
            }
            repository.Encrypted = RestJsonFields.Bool(record, "objectStorageEncryptionEnabled");
            if (!objectStorageRead || !objectStorage.TryGetValue(storageId, out var storage)) return repository;
            repository.Location = Vb365Values.LocationOfObjectStorage(Vb365Json.String(storage, "type"));
            var immutable = RestJsonFields.Bool(storage, "enableImmutability") ?? RestJsonFields.Bool(storage, "immutabilityEnabled");
            repository.Immutable = immutable;
            if (immutable == false) repository.ImmutableDays = 0;
            else if (immutable == true && Vb365Values.RetentionOf(record) is DrAudit.Core.Model.Duration retention)
                repository.ImmutableDays = (int)retention.Value.TotalDays;
            return repository;
        }
    }
}
