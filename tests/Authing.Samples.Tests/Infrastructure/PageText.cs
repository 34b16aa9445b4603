using AngleSharp.Html.Dom;

namespace Authing.Samples.Tests.Infrastructure;

/// <summary>What a page tells the user.</summary>
public static class PageText
{
    public static string Heading(this IHtmlDocument page) => page?.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    public static string Errors(this IHtmlDocument page) =>
        string.Join(" | ", page?.QuerySelectorAll(".error, .field-error").Select(element => element.TextContent.Trim()).Where(text => text.Length > 0) ?? []);

    public static string Notices(this IHtmlDocument page) =>
        string.Join(" | ", page?.QuerySelectorAll(".notice").Select(element => element.TextContent.Trim()) ?? []);

    public static string SignedInAs(this IHtmlDocument page) =>
        page?.QuerySelector("nav a[href='/account/profile']")?.TextContent.Trim() ?? string.Empty;
}
