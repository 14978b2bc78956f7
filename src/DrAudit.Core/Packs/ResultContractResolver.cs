using System;
using System.Reflection;
using DrAudit.Core.Model.Result;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace DrAudit.Core.Packs
{
    /// <summary>camelCase member names; leaves out <see cref="ReadinessResult.Inputs"/> (the pack saves the inputs beside).</summary>
    public sealed class ResultContractResolver : CamelCasePropertyNamesContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.DeclaringType == typeof(ReadinessResult) && member.Name == nameof(ReadinessResult.Inputs))
            {
                property.ShouldSerialize = _ => false;
                property.Ignored = true;
            }
            return property;
        }
    }
}
