using System.Collections;
using System.Globalization;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.Schema;

/// <summary>Shorthands for declaring fields and reading their arguments.</summary>
internal static class Args
{
    public static ScalarType Str => ScalarType.String;

    public static ScalarType Int => ScalarType.Int;

    public static ScalarType Bool => ScalarType.Boolean;

    /// <summary>An argument or input field.</summary>
    public static InputValueDefinition Arg(string name, GraphQLType type) => new(name, type);

    /// <summary>Nullable String arguments.</summary>
    public static InputValueDefinition[] Strings(params string[] names) => [.. names.Select(name => Arg(name, Str))];

    /// <summary>
    /// An object type whose fields all resolve to null: the parts of Authing's model the emulator does not keep
    /// (locations, third-party identities), and the results of operations it does not support yet.
    /// </summary>
    public static ObjectType NullObject(string typeName, IEnumerable<string> stringFields, params (string Name, GraphQLType Type)[] otherFields)
    {
        var type = new ObjectType(typeName);
        foreach (var (name, fieldType) in stringFields.Select(name => (name, (GraphQLType)Str)).Concat(otherFields))
        {
            type.Field<object>(name, fieldType, _ => null);
        }

        return type;
    }

    /// <summary>A root field whose resolver is asynchronous.</summary>
    public static FieldDefinition Operation(string name, GraphQLType type, Func<ResolveContext, Task<object?>> resolve, params InputValueDefinition[] arguments)
        => new(name, type, async context => await resolve(context).ConfigureAwait(false)) { Arguments = arguments };

    /// <summary>A text argument; numbers (such as an Int <c>phoneCode</c>) are given as their digits.</summary>
    public static string? Text(this ResolveContext context, string name) => Text(context.Arguments, name);

    /// <summary>A text field of an input object.</summary>
    public static string? Text(this IReadOnlyDictionary<string, object?> values, string name)
        => values.TryGetValue(name, out var value) ? value switch
        {
            null => null,
            string text => text,
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        } : null;

    /// <summary>A Boolean field of an input object.</summary>
    public static bool? Flag(this IReadOnlyDictionary<string, object?> values, string name)
        => values.TryGetValue(name, out var value) && value is bool flag ? flag : null;

    /// <summary>An Int argument or field.</summary>
    public static int? Number(this IReadOnlyDictionary<string, object?> values, string name)
        => values.TryGetValue(name, out var value) ? value switch
        {
            int number => number,
            long number => (int)number,
            _ => null,
        } : null;

    /// <summary>An input object argument.</summary>
    public static IReadOnlyDictionary<string, object?> Input(this ResolveContext context, string name)
        => context.Arguments.TryGetValue(name, out var value) && value is IReadOnlyDictionary<string, object?> input
            ? input
            : new Dictionary<string, object?>();

    /// <summary>A list-of-strings argument; a single string counts as a list of one.</summary>
    public static List<string> TextList(this ResolveContext context, string name)
        => context.Arguments.TryGetValue(name, out var value) ? value switch
        {
            null => [],
            string single => [single],
            IEnumerable items => [.. items.Cast<object?>().OfType<string>()],
            _ => [],
        } : [];
}
