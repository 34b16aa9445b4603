using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Language;

/// <summary>Prints values as GraphQL literals: value nodes (to compare arguments) and coerced CLR values (defaults).</summary>
internal static class ValuePrinter
{
    public static string Print(ValueNode value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    public static string PrintClr(object? value, GraphQLType type)
    {
        var text = new StringBuilder();
        AppendClr(text, value, type);
        return text.ToString();
    }

    private static void Append(StringBuilder text, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                text.Append('$').Append(variable.Name);
                break;
            case IntValueNode number:
                text.Append(number.Value);
                break;
            case FloatValueNode number:
                text.Append(number.Value);
                break;
            case StringValueNode str:
                text.Append(JsonSerializer.Serialize(str.Value));
                break;
            case BooleanValueNode boolean:
                text.Append(boolean.Value ? "true" : "false");
                break;
            case EnumValueNode enumValue:
                text.Append(enumValue.Value);
                break;
            case ListValueNode list:
                text.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    Append(text, list.Values[i]);
                }

                text.Append(']');
                break;
            case ObjectValueNode obj:
                text.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(obj.Fields[i].Name).Append(": ");
                    Append(text, obj.Fields[i].Value);
                }

                text.Append('}');
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void AppendClr(StringBuilder text, object? value, GraphQLType type)
    {
        var nullable = type is NonNullType nonNull ? nonNull.OfType : type;
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s when nullable is EnumType:
                text.Append(s);
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IFormattable number:
                text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> fields when nullable is InputObjectType inputType:
                text.Append('{');
                var first = true;
                foreach (var field in inputType.Fields.Where(f => fields.ContainsKey(f.Name)))
                {
                    text.Append(first ? string.Empty : ", ").Append(field.Name).Append(": ");
                    AppendClr(text, fields[field.Name], field.Type);
                    first = false;
                }

                text.Append('}');
                break;
            case IEnumerable items when nullable is ListType listType:
                text.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    text.Append(firstItem ? string.Empty : ", ");
                    AppendClr(text, item, listType.OfType);
                    firstItem = false;
                }

                text.Append(']');
                break;
            default:
                text.Append(JsonSerializer.Serialize(value.ToString()));
                break;
        }
    }
}
