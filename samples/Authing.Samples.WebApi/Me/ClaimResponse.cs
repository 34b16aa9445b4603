namespace Authing.Samples.WebApi.Me;

/// <summary>One claim of the caller.</summary>
/// <param name="Type">The claim type.</param>
/// <param name="Value">The claim value.</param>
internal sealed record ClaimResponse(string Type, string Value);
