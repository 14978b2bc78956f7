using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using DrAudit.Core.Model.Inventory;
using Newtonsoft.Json;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Writes an inventory in exactly the neutral JSON format <see cref="InventoryReader"/> reads: camelCase
    /// fields, lowercase enum values, durations in their short form, times ISO 8601 with their offset; fields that are
    /// not known (null or empty) are left out. Streams to the writer, so a large inventory is never held as text.</summary>
    public static class InventoryJsonWriter
    {
        public static void Write(InventoryModel inventory, TextWriter writer)
        {
            if (inventory == null) throw new ArgumentNullException(nameof(inventory));
            if (writer == null) throw new ArgumentNullException(nameof(writer));
            using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false })
            {
                json.WriteStartObject();
                Text(json, "apiVersion", InventorySchemas.ApiVersion);
                Text(json, "kind", InventoryModel.InventoryKind);
                Text(json, "source", inventory.Source);
                Text(json, "system", inventory.System);
                Time(json, "collectedAt", inventory.CollectedAt);
                List(json, InventorySchemas.RepositoriesField, inventory.Repositories, WriteRepository);
                List(json, InventorySchemas.JobsField, inventory.Jobs, WriteJob);
                List(json, InventorySchemas.RunsField, inventory.Runs, WriteRun);
                List(json, InventorySchemas.RestorePointsField, inventory.RestorePoints, WritePoint);
                if (inventory.BackupServer != null) WriteBackupServer(json, inventory.BackupServer);
                if (inventory.Discovered != null) List(json, InventorySchemas.DiscoveredField, inventory.Discovered, WriteDiscovered);
                json.WriteEndObject();
                json.Flush();
            }
        }

        /// <summary>Writes the inventory to a UTF-8 file (no byte-order mark), replacing it.</summary>
        public static void Save(InventoryModel inventory, string path)
        {
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
            {
                Write(inventory, writer);
            }
        }

        /// <summary>The inventory as JSON text.</summary>
        public static string ToJson(InventoryModel inventory)
        {
            using (var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
            {
                Write(inventory, writer);
                return writer.ToString();
            }
        }

        private static void WriteRepository(JsonWriter json, Repository r)
        {
            Text(json, "id", r.Id);
            Text(json, "name", r.Name);
            if (r.Location.HasValue) Text(json, "location", EnumNames<RepositoryLocation>.Name(r.Location.Value));
            Boolean(json, "encrypted", r.Encrypted);
            Boolean(json, "immutable", r.Immutable);
            if (r.ImmutableDays.HasValue)
            {
                json.WritePropertyName("immutableDays");
                json.WriteValue(r.ImmutableDays.Value);
            }
            Boolean(json, "sharesProductionCredentials", r.SharesProductionCredentials);
        }

        private static void WriteJob(JsonWriter json, Job j)
        {
            Text(json, "id", j.Id);
            Text(json, "name", j.Name);
            Text(json, "kind", EnumNames<JobKind>.Name(j.Kind));
            Boolean(json, "enabled", j.Enabled);
            json.WritePropertyName("objects");
            json.WriteStartArray();
            foreach (var o in j.Objects) json.WriteValue(o);
            json.WriteEndArray();
            Text(json, "repository", j.Repository);
            if (j.Retention.HasValue) Text(json, "retention", j.Retention.Value.ToString());
            Boolean(json, "applicationAware", j.ApplicationAware);
            Boolean(json, "encrypted", j.Encrypted);
        }

        private static void WriteRun(JsonWriter json, JobRun r)
        {
            Text(json, "job", r.Job);
            Time(json, "start", r.Start);
            Time(json, "end", r.End);
            Text(json, "result", EnumNames<RunResult>.Name(r.Result));
            Text(json, "message", r.Message);
        }

        private static void WritePoint(JsonWriter json, RestorePoint p)
        {
            Text(json, "object", p.Object);
            Text(json, "job", p.Job);
            Time(json, "time", p.Time);
            Text(json, "repository", p.Repository);
            if (p.Consistency.HasValue) Text(json, "consistency", EnumNames<PointConsistency>.Name(p.Consistency.Value));
        }

        private static void WriteBackupServer(JsonWriter json, BackupServer server)
        {
            json.WritePropertyName(InventorySchemas.BackupServerField);
            json.WriteStartObject();
            Text(json, "name", server.Name);
            var config = server.ConfigBackup;
            if (config != null)
            {
                json.WritePropertyName(InventorySchemas.ConfigBackupField);
                json.WriteStartObject();
                Boolean(json, "enabled", config.Enabled);
                Boolean(json, "encrypted", config.Encrypted);
                Text(json, "repository", config.Repository);
                Time(json, "lastSuccess", config.LastSuccess);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        private static void WriteDiscovered(JsonWriter json, DiscoveredWorkload w)
        {
            Text(json, "object", w.Object);
            Text(json, "kind", EnumNames<WorkloadKind>.Name(w.Kind));
            Text(json, "platform", w.Platform);
        }

        private static void List<T>(JsonWriter json, string name, IEnumerable<T> items, Action<JsonWriter, T> write)
        {
            json.WritePropertyName(name);
            json.WriteStartArray();
            foreach (var item in items)
            {
                json.WriteStartObject();
                write(json, item);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        private static void Text(JsonWriter json, string name, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            json.WritePropertyName(name);
            json.WriteValue(value);
        }

        private static void Boolean(JsonWriter json, string name, bool? value)
        {
            if (!value.HasValue) return;
            json.WritePropertyName(name);
            json.WriteValue(value.Value);
        }

        private static void Time(JsonWriter json, string name, DateTimeOffset? value)
        {
            if (value.HasValue) Text(json, name, InventoryValues.FormatTime(value.Value));
        }
    }
}
