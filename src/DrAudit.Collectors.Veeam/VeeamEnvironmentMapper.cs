using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>The server itself and what it can see: <c>/configBackup</c> as the inventory's <c>backupServer</c> (every VBR
    /// server has one, so a Veeam inventory always names it; settings the account may not read stay unknown), and the
    /// environment as <c>discovered</c>: the virtual machines of every vSphere server it manages (inventory browser) and,
    /// from 1.3, of every Hyper-V server (SCVMM, cluster, host) and the computers its agent protection groups discovered. <c>discovered</c> is left absent when any part of
    /// the environment could not be enumerated, so a partial list never passes for a complete one.</summary>
    internal sealed class VeeamEnvironmentMapper
    {
        private readonly VeeamSnapshot _snapshot;
        private readonly IAuditHost _host;

        public VeeamEnvironmentMapper(VeeamSnapshot snapshot, IAuditHost host)
        {
            _snapshot = snapshot;
            _host = host;
        }

        public BackupServer BackupServer()
        {
            var server = new BackupServer { Name = RestJsonFields.String(_snapshot.ServerInfo, "name") };
            var config = _snapshot.ConfigBackup;
            if (config == null) return server;
            server.ConfigBackup = new ConfigurationBackup
            {
                Enabled = RestJsonFields.Bool(config, "isEnabled"),
                Encrypted = RestJsonFields.Bool(config, "encryption.isEnabled"),
                Repository = RestJsonFields.String(config, "backupRepositoryId"),
                LastSuccess = config["lastSuccessfulBackup"] is JObject last ? RestJsonFields.Time(last, "lastSuccessfulTime", "the configuration backup's last success") : null,
            };
            return server;
        }

        /// <summary>Why <see cref="Discovered"/> gave null (the environment could not be listed completely), for DR-16.</summary>
        public string? Gap { get; private set; }

        public List<DiscoveredWorkload>? Discovered()
        {
            var why = Incomplete();
            Gap = why;
            if (why != null)
            {
                _host.WriteVerbose("The Veeam server's environment is not listed as discovered: " + why + ".");
                return null;
            }
            var discovered = new List<DiscoveredWorkload>();
            foreach (var root in _snapshot.VirtualInfrastructure!)
            {
                var name = VeeamValues.InventoryName(root);
                if (name == null) continue;
                foreach (var machine in _snapshot.VirtualMachines[name])
                {
                    var vm = VeeamValues.InventoryName(machine);
                    if (vm == null || !string.Equals(VeeamValues.InventoryType(machine), "VirtualMachine", StringComparison.OrdinalIgnoreCase)) continue;
                    discovered.Add(new DiscoveredWorkload { Object = vm, Kind = WorkloadKind.Vm, Platform = "vSphere " + name });
                }
            }
            foreach (var server in _snapshot.HyperVServers ?? new List<JObject>())
            {
                var name = VeeamValues.InventoryName(server);
                if (name == null) continue;
                foreach (var machine in _snapshot.HyperVMachines[name])
                {
                    var vm = VeeamValues.InventoryName(machine);
                    if (vm == null || !string.Equals(VeeamValues.InventoryType(machine), "VirtualMachine", StringComparison.OrdinalIgnoreCase)) continue;
                    discovered.Add(new DiscoveredWorkload { Object = vm, Kind = WorkloadKind.Vm, Platform = "Hyper-V " + name });
                }
            }
            foreach (var group in _snapshot.ProtectionGroups ?? new List<JObject>())
            {
                var id = RestJsonFields.RequiredString(group, "id", "a protection group");
                var groupName = RestJsonFields.String(group, "name") ?? id;
                foreach (var entity in _snapshot.DiscoveredEntities[id].Where(VeeamValues.IsDiscoveredComputer))
                {
                    var name = RestJsonFields.String(entity, "name");
                    if (name == null) continue;
                    discovered.Add(new DiscoveredWorkload { Object = name, Kind = VeeamValues.WorkloadOf(RestJsonFields.String(entity, "operatingSystem")), Platform = "Veeam Agent (" + groupName + ")" });
                }
            }
            return discovered
                .GroupBy(d => d.Object, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
                .ToList();
        }

        /// <summary>Why the environment cannot be listed completely, or null when it can.</summary>
        private string? Incomplete()
        {
            if (_snapshot.VirtualInfrastructure == null) return "the vSphere servers it manages could not be read";
            foreach (var root in _snapshot.VirtualInfrastructure)
            {
                var name = VeeamValues.InventoryName(root);
                if (name != null && !_snapshot.VirtualMachines.ContainsKey(name)) return "the virtual machines of " + name + " could not be read";
            }
            var hyperV = _snapshot.Backups.Any(b => string.Equals(RestJsonFields.String(b, "platformName"), "HyperV", StringComparison.OrdinalIgnoreCase))
                || _snapshot.Jobs.Concat(_snapshot.JobStates).Any(j => string.Equals(RestJsonFields.String(j, "type"), "HyperVBackup", StringComparison.OrdinalIgnoreCase));
            if (!VeeamApiVersions.HasHyperVInventory(_snapshot.ApiVersion))
            {
                if (hyperV) return "it protects Hyper-V, and REST API " + _snapshot.ApiVersion + " does not list Hyper-V virtual machines (1.3 does)";
            }
            else if (_snapshot.HyperVServers == null)
            {
                // Without the inventory browser's answer, Hyper-V is known to exist only where something protects it.
                if (hyperV) return "it protects Hyper-V, and the Hyper-V servers it manages could not be read";
            }
            else
                foreach (var server in _snapshot.HyperVServers)
                {
                    var name = VeeamValues.InventoryName(server);
                    if (name != null && !_snapshot.HyperVMachines.ContainsKey(name)) return "the virtual machines of Hyper-V server " + name + " could not be read";
                }
            if (VeeamApiVersions.HasProtectionGroups(_snapshot.ApiVersion))
            {
                if (_snapshot.ProtectionGroups == null) return "its agent protection groups could not be read";
                foreach (var group in _snapshot.ProtectionGroups)
                    if (!_snapshot.DiscoveredEntities.ContainsKey(RestJsonFields.RequiredString(group, "id", "a protection group")))
                        return "the computers of protection group '" + RestJsonFields.String(group, "name") + "' could not be read";
            }
            else if (_snapshot.Backups.Any(b => VeeamValues.IsAgentPlatform(RestJsonFields.String(b, "platformName"))))
                return "it protects computers with Veeam agents, and REST API " + _snapshot.ApiVersion + " does not list the computers its protection groups discovered (1.3 does)";
            return null;
        }
    }
}
