using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DrAudit.Core.Comparison;
using DrAudit.Core.Fleet;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// Reads one dated pack for a renewal: verifies it against its manifest (and signature, when it has one) with
    /// <see cref="EvidencePackVerifier"/>, records the SHA-256 of the manifest as found, and only for a verified pack
    /// of the expected client reads its readiness result and the client definition saved under <c>client/</c>. A
    /// pack that fails any step is recorded (tampered, another client, unreadable), never dropped and never used.
    /// </summary>
    internal static class RenewalPackReader
    {
        private static readonly string[] DefinitionExtensions = { ".yaml", ".yml", ".json" };

        /// <summary>Why a used pack's saved definition is not counted, in the client's words (the renewal's note quotes it).</summary>
        public const string NoDefinition = "holds no saved client definition of this client";
        public const string DefinitionUnreadable = "holds a saved client definition that could not be read";

        public static RenewalPackData Read(string folder, string folderDate, string expectedClient)
        {
            var record = new RenewalPack
            {
                Folder = Path.GetFileName(folder),
                AsOf = DateTimeOffset.ParseExact(folderDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            };
            record.Month = MonthOf(record.AsOf);
            var data = new RenewalPackData(record);
            var manifest = Path.Combine(folder, PackManifest.FileName);

            PackVerification verification;
            try
            {
                verification = EvidencePackVerifier.Verify(folder);
            }
            catch (Exception e) when (e is InvalidDataException || e is IOException || e is UnauthorizedAccessException)
            {
                record.State = RenewalPackState.Unreadable;
                record.Problem = File.Exists(manifest)
                    ? "Its list of file fingerprints (manifest) cannot be read, so nothing in it can be checked."
                    : "It has no list of file fingerprints (manifest): it is not a finished evidence pack.";
                record.FileProblems.Add(e.Message);
                return data;
            }
            record.ManifestSha256 = PackManifest.Sha256Of(manifest);
            record.ClientId = verification.Client;
            record.Signed = verification.Signed;
            if (verification.Signature != null)
            {
                record.Signer = verification.Signature.SignerSubject;
                record.SignerTrusted = verification.Signature.Valid && verification.Signature.Trusted;
            }
            if (!verification.Intact)
            {
                record.State = RenewalPackState.Tampered;
                record.FileProblems.AddRange(verification.Problems.Select(p => p.Path + ": " + p.State.ToString().ToLowerInvariant()));
                if (verification.Signature != null && !verification.Signature.Valid)
                    record.FileProblems.Add("manifest.json signature: " + (verification.Signature.Problem ?? "does not match"));
                record.Problem = verification.Problems.Count > 0
                    ? "Files in it changed, went missing or were added after it was written (" + ReportFormat.Count(verification.Problems.Count, "file", "files") + "): its figures are not used."
                    : "Its signature does not match its contents: its figures are not used.";
                return data;
            }
            if (!string.Equals(verification.Client, expectedClient, StringComparison.Ordinal))
                return OtherClient(data, verification.Client, expectedClient);

            try
            {
                var result = EvidencePackReader.Read(folder);
                if (!string.Equals(result.Client.Id, expectedClient, StringComparison.Ordinal)) return OtherClient(data, result.Client.Id, expectedClient);
                data.Result = result;
                record.AsOf = result.AsOf;
                record.Month = MonthOf(result.AsOf);
                record.ClientName = result.Client.Name;
                record.Complete = result.Complete;
                record.MaturityLevel = result.EssentialEight.MaturityLevel;
                record.ServicesReady = result.DrReadiness.ServicesReady;
                record.ServicesTotal = result.DrReadiness.ServicesTotal;
                record.State = RenewalPackState.Used;
            }
            catch (Exception e) when (e is FileNotFoundException || e is ComparisonException || e is IOException || e is UnauthorizedAccessException)
            {
                record.State = RenewalPackState.Unreadable;
                record.Problem = "It holds no readable readiness result (it was written without the JSON format, or by another tool).";
                record.FileProblems.Add(e.Message);
                return data;
            }
            ReadDefinition(data, folder, expectedClient);
            return data;
        }

        public static string MonthOf(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        private static RenewalPackData OtherClient(RenewalPackData data, string found, string expected)
        {
            data.Record.State = RenewalPackState.OtherClient;
            data.Record.ClientId = found;
            data.Record.Problem = "It is a pack of another client ('" + found + "', not '" + expected + "'): shown, never used.";
            return data;
        }

        /// <summary>The client definition the pack saved: the first file directly under client/ that loads as this
        /// client's definition (restore-test files beside it do not). When there is none, <see cref="RenewalPackData.DefinitionProblem"/>
        /// says why in plain words (the client reads it) and the loader's located problems (file, line, column: an
        /// engineer's detail) go to the record's <see cref="RenewalPack.FileProblems"/>, which only the internal audience sees.</summary>
        private static void ReadDefinition(RenewalPackData data, string folder, string expectedClient)
        {
            var clientFolder = Path.Combine(folder, JsonPackRenderer.ClientFolder);
            if (!Directory.Exists(clientFolder))
            {
                data.DefinitionProblem = NoDefinition;
                return;
            }
            var unreadable = false;
            foreach (var file in Directory.GetFiles(clientFolder).OrderBy(f => f, StringComparer.Ordinal))
            {
                if (!DefinitionExtensions.Contains(Path.GetExtension(file).ToLowerInvariant())) continue;
                var loaded = ClientDefinitionLoader.Read(file);
                if (loaded.Definition != null && string.Equals(loaded.Definition.Client.Id, expectedClient, StringComparison.Ordinal))
                {
                    data.Definition = loaded.Definition;
                    return;
                }
                var problem = loaded.Problems.FirstOrDefault(p => p.Severity == Loading.ProblemSeverity.Error);
                if (problem == null) continue;
                unreadable = true;
                var inPack = JsonPackRenderer.ClientFolder + "/" + Path.GetFileName(file);
                data.Record.FileProblems.Add(problem.Line > 0 ? inPack + ":" + problem.Line + ":" + problem.Column + ": " + problem.Message : inPack + ": " + problem.Message);
            }
            data.DefinitionProblem = unreadable ? DefinitionUnreadable : NoDefinition;
        }
    }
}
