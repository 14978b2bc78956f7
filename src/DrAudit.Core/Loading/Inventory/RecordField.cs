using System;
using System.Text;
using DrAudit.Core.Model;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>One field of an inventory record: its name as written, whether it must be given, and how a raw
    /// value is converted onto the record (reporting any problem). A field of a plain kind (text, time, enum,
    /// boolean, count) also carries its typed setter, so the fast JSON reader can set a well-formed value straight
    /// from the file's bytes; anything else goes through <see cref="Assign"/>, whatever reader found it.</summary>
    internal sealed class RecordField<T>
    {
        public RecordField(string name, bool required, RecordAssign<T> assign)
        {
            Name = name;
            Utf8Name = Encoding.UTF8.GetBytes(name);
            Required = required;
            Assign = assign;
        }

        public string Name { get; }
        /// <summary>The name as the bytes of a JSON key (field names are ASCII).</summary>
        public byte[] Utf8Name { get; }
        public bool Required { get; }
        public RecordAssign<T> Assign { get; }

        /// <summary>Sets a text field (a name shared by the reader); null for other kinds.</summary>
        public RecordSetter<T, string>? SetText { get; private set; }
        /// <summary>Sets a time field with a time already known to be within <see cref="TimeBounds"/>; null for other kinds.</summary>
        public RecordSetter<T, DateTimeOffset>? SetTime { get; private set; }
        /// <summary>Sets an enum field from its name's ASCII bytes; false (nothing set) when they name no value.</summary>
        public Utf8EnumSetter<T>? SetEnum { get; private set; }
        public RecordSetter<T, bool>? SetBoolean { get; private set; }
        /// <summary>Sets a whole number of 0 or more.</summary>
        public RecordSetter<T, int>? SetCount { get; private set; }

        public static RecordField<T> Text(string name, bool required, RecordSetter<T, string> set) =>
            new RecordField<T>(name, required, (ref T r, RawValue v, FieldSite s, BoundedProblemCollector p) => { if (InventoryValues.TryText(v, s, p, out var x)) set(ref r, x); }) { SetText = set };

        public static RecordField<T> Time(string name, bool required, RecordSetter<T, DateTimeOffset> set) =>
            new RecordField<T>(name, required, (ref T r, RawValue v, FieldSite s, BoundedProblemCollector p) => { if (InventoryValues.TryTime(v, s, p, out var x)) set(ref r, x); }) { SetTime = set };

        public static RecordField<T> Enum<TEnum>(string name, bool required, RecordSetter<T, TEnum> set) where TEnum : struct, System.Enum =>
            new RecordField<T>(name, required, (ref T r, RawValue v, FieldSite s, BoundedProblemCollector p) => { if (InventoryValues.TryEnum(v, s, p, out TEnum x)) set(ref r, x); })
            {
                SetEnum = (ref T r, ReadOnlySpan<byte> ascii) =>
                {
                    if (!EnumNames<TEnum>.TryParseAscii(ascii, out var x)) return false;
                    set(ref r, x);
                    return true;
                },
            };

        public static RecordField<T> Boolean(string name, bool required, RecordSetter<T, bool> set) =>
            new RecordField<T>(name, required, (ref T r, RawValue v, FieldSite s, BoundedProblemCollector p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) set(ref r, x); }) { SetBoolean = set };

        public static RecordField<T> Count(string name, bool required, RecordSetter<T, int> set) =>
            new RecordField<T>(name, required, (ref T r, RawValue v, FieldSite s, BoundedProblemCollector p) => { if (InventoryValues.TryCount(v, s, p, out var x)) set(ref r, x); }) { SetCount = set };

        public static RecordField<T> Duration(string name, bool required, RecordSetter<T, Duration> set) =>
            new RecordField<T>(name, required, (ref T r, RawValue v, FieldSite s, BoundedProblemCollector p) => { if (InventoryValues.TryDuration(v, s, p, out var x)) set(ref r, x); });

        public static RecordField<T> TextList(string name, bool required, RecordSetter<T, System.Collections.Generic.List<string>> set) =>
            new RecordField<T>(name, required, (ref T r, RawValue v, FieldSite s, BoundedProblemCollector p) => { if (InventoryValues.TryTextList(v, s, p, out var x)) set(ref r, x); });
    }
}
