using Authing.Emulator.GraphQL.Execution;
using Authing.Emulator.GraphQL.Language;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Validation;

/// <summary>
/// FieldsInSetCanMerge (spec §5.3.2): fields of one response name, across fragments and nested selections, must
/// select the same field with the same arguments (unless their parents are different object types) and return
/// the same shape. The number of field comparisons per document is bounded; a document that needs more is refused
/// as too complex rather than validated slowly.
/// </summary>
internal sealed class FieldMergeValidator(
    GraphQLSchema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    ValidationErrors errors)
{
    private const int MaxWork = 1_000_000;

    private int work;

    private sealed record Entry(ObjectType? Parent, FieldNode Node, FieldDefinition? Definition);

    public void Check(SelectionSetNode selectionSet, ObjectType parent)
    {
        if (work > MaxWork)
        {
            return;
        }

        var fields = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        Collect(selectionSet, parent, fields, new HashSet<string>(StringComparer.Ordinal));
        FindConflicts(fields, parentsExclusive: false, depth: 0);
    }

    private void Collect(SelectionSetNode selectionSet, ObjectType? parent, Dictionary<string, List<Entry>> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.AddToGroup(field.ResponseName, new Entry(parent, field, parent is null ? null : schema.FindField(parent, field.Name)));
                    if (++work == MaxWork)
                    {
                        errors.Report("The document is too complex to validate: its fragments overlap too much.", field.Location);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parent : schema.FindType(inline.TypeCondition.Name) as ObjectType;
                    Collect(inline.SelectionSet, inlineType, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name) && fragments.TryGetValue(spread.Name, out var fragment):
                    Collect(fragment.SelectionSet, schema.FindType(fragment.TypeCondition.Name) as ObjectType, fields, visited);
                    break;
            }
        }
    }

    private void FindConflicts(Dictionary<string, List<Entry>> fields, bool parentsExclusive, int depth)
    {
        foreach (var (responseName, group) in fields)
        {
            if (group.Count < 2 || work > MaxWork)
            {
                continue;
            }

            var first = group[0];
            var conflict = group.Skip(1)
                .Select(other => (Other: other, Reason: Conflict(first, other, parentsExclusive)))
                .FirstOrDefault(c => c.Reason is not null);
            if (conflict.Reason is not null)
            {
                errors.Report(
                    $"Fields \"{responseName}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    first.Node.Location,
                    conflict.Other.Node.Location);
                continue;
            }

            if (depth < 64 && group.Any(e => e.Node.SelectionSet is not null))
            {
                var exclusive = parentsExclusive || group.Any(e => e.Parent != first.Parent);
                var subFields = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
                var visited = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in group.Where(e => e.Node.SelectionSet is not null))
                {
                    Collect(entry.Node.SelectionSet!, entry.Definition?.Type.Named as ObjectType, subFields, visited);
                }

                FindConflicts(subFields, exclusive, depth + 1);
            }
        }
    }

    private static string? Conflict(Entry a, Entry b, bool parentsExclusive)
    {
        var exclusive = parentsExclusive || (a.Parent is not null && b.Parent is not null && a.Parent != b.Parent);
        if (!exclusive)
        {
            if (a.Node.Name != b.Node.Name)
            {
                return $"\"{a.Node.Name}\" and \"{b.Node.Name}\" are different fields";
            }

            if (!SameArguments(a.Node.Arguments, b.Node.Arguments))
            {
                return "they have differing arguments";
            }
        }

        return a.Definition is not null && b.Definition is not null && !SameShape(a.Definition.Type, b.Definition.Type)
            ? $"they return conflicting types \"{a.Definition.Type}\" and \"{b.Definition.Type}\""
            : null;
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> a, IReadOnlyList<ArgumentNode> b)
        => a.Count == b.Count && a.All(x => b.Any(y => y.Name == x.Name && ValuePrinter.Print(y.Value) == ValuePrinter.Print(x.Value)));

    private static bool SameShape(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => SameShape(x.OfType, y.OfType),
        (NonNullType, _) or (_, NonNullType) => false,
        (ListType x, ListType y) => SameShape(x.OfType, y.OfType),
        (ListType, _) or (_, ListType) => false,
        (ObjectType, ObjectType) => true,
        _ => a == b,
    };
}
