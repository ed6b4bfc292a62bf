import { describe, expect, it } from "vitest";
import { commentPublishedEmail, confirmRepliesEmail, excerpt, heldCommentEmail, heldDigestEmail, newCommentEmail, repliesEmail } from "./templates";

const unsubscribe = { url: "https://news.example/unsubscribe?token=t", oneClickUrl: "https://news.example/api/unsubscribe?token=t" };

describe("notification emails", () => {
  it("escape every piece of user text in the HTML part, and keep it readable in the text part", () => {
    const mail = heldCommentEmail({
      to: "mod@example.com",
      siteTitle: "The <Daily> & Co",
      commenterName: `<img src=x onerror="alert(1)">`,
      headline: `Buses "return" <script>`,
      body: "<b>hello</b> & <a href='javascript:alert(1)'>x</a>",
      queueUrl: "https://news.example/admin/comments?view=pending&post=3",
      unsubscribe,
    });
    expect(mail.html).not.toMatch(/<img|<script|<b>|<a href='javascript/);
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("The &lt;Daily&gt; &amp; Co");
    expect(mail.html).toContain('href="https://news.example/admin/comments?view=pending&amp;post=3"');
    expect(mail.text).toContain(`<img src=x onerror="alert(1)"> wrote a comment`);
    expect(mail.text).toContain("https://news.example/admin/comments?view=pending&post=3");
  });

  it("carry one-click unsubscribe headers (RFC 8058) and a link to the page in both parts", () => {
    const mail = newCommentEmail({ to: "author@example.com", siteTitle: "Broadsheet", commenterName: "Dev", headline: "Night buses", body: "Hi", commentUrl: "https://news.example/comment/9", unsubscribe });
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${unsubscribe.oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(mail.text).toContain(unsubscribe.url);
    expect(mail.html).toContain(unsubscribe.url.replace("&", "&amp;"));
    expect(mail.text).not.toContain("author@example.com");
  });

  it("escape the headline in the confirmation and published mails too", () => {
    const headline = `<script>alert("x")</script>`;
    const confirm = confirmRepliesEmail({ to: "g@example.com", siteTitle: "B", headline, confirmUrl: "https://news.example/subscriptions/confirm?token=t" });
    const published = commentPublishedEmail({ to: "g@example.com", siteTitle: "B", headline, commentUrl: "https://news.example/comment/1", unsubscribe });
    for (const mail of [confirm, published]) {
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).toContain("&lt;script&gt;");
    }
    expect(published.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("quote at most 300 characters of a comment, on one line", () => {
    expect(excerpt("a\n\nb   c")).toBe("a b c");
    expect(excerpt("x".repeat(1000))).toHaveLength(300);
  });

  it("gather several comments into one digest, each escaped, counted in the subject", () => {
    const mail = heldDigestEmail({
      to: "mod@example.com",
      siteTitle: "Broadsheet",
      comments: [
        { commenterName: "<b>Eve</b>", headline: "Buses", body: "<script>alert(1)</script>" },
        { commenterName: "Dev", headline: "Trams & <trains>", body: "Fine." },
      ],
      queueUrl: "https://news.example/admin/comments?view=pending",
      unsubscribe,
    });
    expect(mail.subject).toBe("[Broadsheet] 2 comments await moderation");
    expect(mail.html).not.toMatch(/<script|<b>|<trains>/);
    expect(mail.html).toContain("&lt;b&gt;Eve&lt;/b&gt; on “Buses”");
    expect(mail.text).toContain("* Dev on “Trams & <trains>”\n  > Fine.");
    expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(heldDigestEmail({ to: "m@e.x", siteTitle: "B", comments: [{ commenterName: "A", headline: "H", body: "x" }], queueUrl: "u", unsubscribe }).subject).toBe("[B] 1 comment awaits moderation");
  });

  it("name every replier once in a burst of replies, and say what its unsubscribe link stops", () => {
    const reply = (replierName: string) => ({ replierName, headline: "Buses", body: `From ${replierName}`, commentUrl: `https://news.example/comment/${replierName.length}` });
    const many = repliesEmail({ to: "r@example.com", siteTitle: "Broadsheet", replies: [reply("Ann"), reply("Bo"), reply("Ann"), reply("Cy")], unsubscribe: { ...unsubscribe, scope: "all" } });
    expect(many.subject).toBe("[Broadsheet] 4 new replies to your comments");
    expect(many.text).toContain("Ann, Bo and Cy replied to your comments.");
    expect(many.text).toContain("To stop emails about replies to your comments, open:");
    const one = repliesEmail({ to: "r@example.com", siteTitle: "Broadsheet", replies: [reply("Ann"), reply("Ann")], unsubscribe: { ...unsubscribe, scope: "one" } });
    expect(one.text).toContain("Ann replied to your comments.");
    expect(one.text).toContain("To stop emails about replies to this comment, open:");
  });
});
