using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>CollectFields (spec §6.3.2): groups a selection set's fields by response name, honouring @skip/@include.</summary>
internal sealed class FieldCollector(
    GraphQLSchema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    public OrderedDictionary<string, List<FieldNode>> Collect(ObjectType type, IEnumerable<SelectionSetNode> selectionSets)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            Collect(type, selectionSet, fields, visited);
        }

        return fields;
    }

    private void Collect(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!Included(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    fields.AddToGroup(field.ResponseName, field);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name)
                    && fragments.TryGetValue(spread.Name, out var fragment)
                    && Applies(fragment.TypeCondition, type):
                    Collect(type, fragment.SelectionSet, fields, visited);
                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || Applies(inline.TypeCondition, type):
                    Collect(type, inline.SelectionSet, fields, visited);
                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode condition, ObjectType type) => schema.FindType(condition.Name) == type;

    private bool Included(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var definition = directive.Name switch
            {
                "skip" => DirectiveDefinition.Skip,
                "include" => DirectiveDefinition.Include,
                _ => null,
            };
            if (definition is null)
            {
                continue;
            }

            var condition = ArgumentCoercion.Coerce(definition.Arguments, directive.Arguments, variables)["if"] is true;
            if (condition == (definition == DirectiveDefinition.Skip))
            {
                return false;
            }
        }

        return true;
    }
}
