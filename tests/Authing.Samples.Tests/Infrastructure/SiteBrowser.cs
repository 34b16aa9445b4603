using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Authing.Samples.Tests.Infrastructure;

/// <summary>
/// Reads pages as a browser would (AngleSharp) and submits their forms with every field the form carries (the
/// antiforgery token included), overriding the ones a test fills in.
/// </summary>
public sealed class SiteBrowser(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public async Task<IHtmlDocument> GetAsync(string path)
    {
        using HttpResponseMessage response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response);
    }

    /// <summary>Submits the form that contains <paramref name="buttonText"/> (a submit button), as pressing that button would.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string buttonText, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        IHtmlButtonElement button = page.QuerySelectorAll<IHtmlButtonElement>("button")
            .FirstOrDefault(candidate => candidate.TextContent.Trim() == buttonText)
            ?? throw new InvalidOperationException($"No button '{buttonText}' on {page.Title}.");
        IHtmlFormElement form = button.Form ?? throw new InvalidOperationException($"The button '{buttonText}' is not in a form.");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IHtmlInputElement input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio")
            {
                if (input.IsChecked)
                {
                    fields[input.Name!] = input.Value;
                }
            }
            else
            {
                fields[input.Name!] = input.Value;
            }
        }

        foreach ((string name, string value) in values ?? new Dictionary<string, string>())
        {
            if (form.QuerySelector($"[name='{name}']") is null)
            {
                throw new InvalidOperationException($"The form of '{buttonText}' has no field '{name}'.");
            }

            fields[name] = value;
        }

        string action = button.GetAttribute("formaction") ?? form.GetAttribute("action") ?? throw new InvalidOperationException("The form has no action.");
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Submits a form and follows the redirects it answers with, returning the page finally shown.</summary>
    public async Task<IHtmlDocument> SubmitAndFollowAsync(IHtmlDocument page, string buttonText, IReadOnlyDictionary<string, string>? values = null)
    {
        using HttpResponseMessage response = await SubmitAsync(page, buttonText, values);
        return await FollowAsync(response);
    }

    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        HttpResponseMessage current = response;
        for (int hop = 0; hop < 5 && current.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hop++)
        {
            Uri location = current.Headers.Location ?? throw new InvalidOperationException("A redirect without a Location.");
            if (!ReferenceEquals(current, response))
            {
                current.Dispose();
            }

            current = await Client.GetAsync(location);
        }

        try
        {
            return await ReadAsync(current);
        }
        finally
        {
            if (!ReferenceEquals(current, response))
            {
                current.Dispose();
            }
        }
    }

    public void Dispose() => Client.Dispose();

    private static async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}.");
        }

        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
