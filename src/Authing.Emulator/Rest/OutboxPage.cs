using System.Globalization;
using System.Net;
using System.Text;
using Authing.Emulator.Formats;
using Authing.Emulator.Outbox;

namespace Authing.Emulator.Rest;

/// <summary>The outbox as a plain HTML page; every value is HTML-encoded.</summary>
internal static class OutboxPage
{
    public static string Render(IReadOnlyList<OutboxMessage> messages)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>Authing emulator outbox</title>
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.4em;text-align:left;vertical-align:top}</style>
            </head><body><h1>Outbox</h1>
            """);
        if (messages.Count == 0)
        {
            html.Append("<p>No messages yet.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th>When</th><th>To</th><th>Kind</th><th>Subject</th><th>Code</th><th>Body</th></tr></thead><tbody>");
            foreach (var message in messages)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(JsDate.Format(message.CreatedAt))}</td><td>{Encode(message.To)}</td><td>{Encode(message.Kind.ToString())}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{Encode(message.Subject)}</td><td><code>{Encode(message.Code)}</code></td><td>{Encode(message.Body)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
}
