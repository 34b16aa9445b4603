using Authing.Emulator.GraphQL.Execution;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Validation;

/// <summary>Variable rules: unique, of input types, defined, used, and used only where their type is allowed.</summary>
internal sealed partial class DocumentValidator
{
    private void CheckVariableDefinitions(OperationDefinitionNode operation, ValidationScope scope)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name;
            if (!names.Add(name))
            {
                errors.Report($"There can be only one variable named \"${name}\".", definition.Location);
            }

            var type = TypeResolution.FromNode(schema, definition.Type);
            if (type is null)
            {
                errors.Report($"Unknown type \"{definition.Type.Named.Name}\".", definition.Type.Location);
            }
            else if (!TypeResolution.IsInputType(type))
            {
                errors.Report($"Variable \"${name}\" cannot be non-input type \"{definition.Type}\".", definition.Type.Location);
            }
            else if (definition.DefaultValue is not null)
            {
                WalkValue(definition.DefaultValue, type, false, scope);
            }

            WalkDirectives(definition.Directives, DirectiveLocation.VariableDefinition, scope);
        }
    }

    private void CheckVariableUsages(OperationDefinitionNode operation)
    {
        var usages = ReachableFragments(operation)
            .SelectMany(f => scopes[f].Usages)
            .Concat(scopes[operation].Usages)
            .ToList();
        var owner = operation.Name is null ? string.Empty : $" by operation \"{operation.Name}\"";
        foreach (var usage in usages)
        {
            var definition = operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name == usage.Variable.Name);
            if (definition is null)
            {
                errors.Report($"Variable \"${usage.Variable.Name}\" is not defined{owner}.", usage.Variable.Location, operation.Location);
                continue;
            }

            var variableType = TypeResolution.FromNode(schema, definition.Type);
            if (usage.Type is not null && variableType is not null && !UsageAllowed(variableType, definition, usage))
            {
                errors.Report(
                    $"Variable \"${usage.Variable.Name}\" of type \"{definition.Type}\" used in position expecting type \"{usage.Type}\".",
                    definition.Location,
                    usage.Variable.Location);
            }
        }

        foreach (var definition in operation.VariableDefinitions.Where(d => usages.TrueForAll(u => u.Variable.Name != d.Variable.Name)))
        {
            var where = operation.Name is null ? "." : $" in operation \"{operation.Name}\".";
            errors.Report($"Variable \"${definition.Variable.Name}\" is never used{where}", definition.Location);
        }
    }

    private static bool UsageAllowed(GraphQLType variableType, VariableDefinitionNode definition, VariableUsage usage)
    {
        var locationType = usage.Type!;
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullDefault = definition.DefaultValue is not null and not NullValueNode;
            return (hasNonNullDefault || usage.LocationHasDefault) && IsSubType(variableType, nonNullLocation.OfType);
        }

        return IsSubType(variableType, locationType);
    }

    private static bool IsSubType(GraphQLType variableType, GraphQLType locationType) => (variableType, locationType) switch
    {
        (NonNullType v, NonNullType l) => IsSubType(v.OfType, l.OfType),
        (_, NonNullType) => false,
        (NonNullType v, _) => IsSubType(v.OfType, locationType),
        (ListType v, ListType l) => IsSubType(v.OfType, l.OfType),
        (_, ListType) or (ListType, _) => false,
        _ => variableType == locationType,
    };
}
