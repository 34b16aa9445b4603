using Authing.Emulator.GraphQL.Introspection;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Validation;

/// <summary>Directive rules: defined, in a valid location, not repeated, with valid arguments.</summary>
internal sealed partial class DocumentValidator
{
    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, ValidationScope scope)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var definition = schema.FindDirective(directive.Name);
            if (definition is null)
            {
                errors.Report($"Unknown directive \"@{directive.Name}\".", directive.Location);
            }
            else if (!definition.Locations.Contains(location))
            {
                errors.Report($"Directive \"@{directive.Name}\" may not be used on {DirectiveLocationNames.Of(location)}.", directive.Location);
            }

            if (definition is { IsRepeatable: false } && !seen.Add(directive.Name))
            {
                errors.Report($"The directive \"@{directive.Name}\" can only be used once at this location.", directive.Location);
            }

            WalkArguments(directive.Arguments, definition?.Arguments, $"directive \"@{directive.Name}\"", $"Directive \"@{directive.Name}\"", directive.Location, scope);
        }
    }
}
