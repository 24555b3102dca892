// The gallery's few behaviours: live events, decisions, view toggles, take diffs, review keys.
// Plain JavaScript, no dependencies: pages are rendered on the server and refreshed in place.
"use strict";

const token = document.querySelector('meta[name="studio-token"]').content;
const main = document.querySelector("main");

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST", credentials: "same-origin",
    headers: {"Content-Type": "application/json", "X-Studio-Token": token},
    body: JSON.stringify(body || {}),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.error || response.statusText);
  return answer;
}

// Replace the page's content with a fresh render of the same address, keeping the event stream.
let refreshing = null;
let rendered = main.innerHTML;
function refresh() {
  clearTimeout(refreshing);
  refreshing = setTimeout(async () => {
    // Someone is writing a note or editing words: the fresh page waits until they are done.
    const typing = [...main.querySelectorAll("textarea")].some((box) => box.value && box.value !== box.defaultValue);
    if (typing || document.activeElement?.matches("textarea, select")) { refresh(); return; }
    const response = await fetch(location.href, {credentials: "same-origin", headers: {Accept: "text/html"}});
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("main");
    if (fresh.innerHTML === rendered) return;  // nothing changed: leave the page (and a click under way) alone
    rendered = fresh.innerHTML;
    const activity = document.getElementById("activity");
    main.innerHTML = fresh.innerHTML;
    document.getElementById("activity")?.replaceWith(activity);
    wire();
    main.dispatchEvent(new CustomEvent("refreshed"));
  }, 150);
}

function note(event) {
  const list = document.getElementById("activity");
  if (!list) return;
  const item = document.createElement("li");
  item.dataset.kind = event.kind;
  item.textContent = [event.kind, event.stage, event.target, event.message].filter(Boolean).join(" · ");
  list.prepend(item);
  while (list.children.length > 30) list.lastChild.remove();
}

let settled = null;
function listen() {
  const project = main.dataset.project;
  if (!project) return;
  const after = main.dataset.eventsAfter || "0";
  // The browser resends the last id it saw (Last-Event-ID) when it reconnects; ``after`` covers a
  // fresh page, which already shows everything up to the moment it was rendered.
  const source = new EventSource(`/api/projects/${encodeURIComponent(project)}/events?after=${after}`);
  const live = document.getElementById("live");
  source.onopen = () => { live.hidden = false; };
  source.onerror = () => { live.hidden = true; };
  source.onmessage = (message) => note(JSON.parse(message.data));
  for (const kind of ["stage_started", "stage_finished", "asset_rendered", "asset_cached", "critique", "progress",
                      "warning", "error", "usage", "task_started", "task_finished", "task_failed", "task_retried",
                      "task_skipped", "job_started", "job_finished"]) {
    source.addEventListener(kind, (message) => {
      // "error" is also the name of the stream's own failure (a reconnect), which carries no event.
      if (!(message instanceof MessageEvent)) return;
      const event = JSON.parse(message.data);
      main.dataset.lastEvent = message.lastEventId;
      note(event);
      // Any event may follow a change of the saved project (which is written after some of them):
      // refresh now, and once more when the stream has been quiet a while.
      refresh();
      clearTimeout(settled);
      settled = setTimeout(refresh, 1500);
    });
  }
}

function wire() {
  for (const button of main.querySelectorAll("[data-action]")) {
    button.onclick = async () => {
      const project = encodeURIComponent(main.dataset.project);
      const shot = encodeURIComponent(main.dataset.shot || "");
      const take = Number(button.dataset.take);
      button.disabled = true;
      try {
        if (button.dataset.action === "approve") {
          await post(`/api/projects/${project}/shots/${shot}/approve`, {take});
          button.textContent = "Approved";
        } else if (button.dataset.action === "reject") {
          const box = main.querySelector(`textarea[data-note="${take}"]`);
          const answer = await post(`/api/projects/${project}/shots/${shot}/reject`, {take, note: box.value});
          box.value = "";  // kept with the decision now: nothing left unsaved to hold a refresh back
          box.blur();
          button.textContent = `Rejected: render ${answer.rerender}`;
        } else if (button.dataset.action === "edit") {
          const field = button.dataset.field;
          const box = main.querySelector(`[data-edit="${field}"]`);
          const answer = await post(`/api/projects/${project}/shots/${shot}/edit`, {field, text: box.value});
          box.defaultValue = box.value;  // saved: no longer an edit in progress
          box.blur();
          button.textContent = `Saved: render ${answer.rerender}`;
        } else if (button.dataset.action === "cancel") {
          const answer = await post(`/api/jobs/${encodeURIComponent(button.dataset.job)}/cancel`);
          button.textContent = answer.cancelled ? "Cancelled" : answer.reason;
        } else if (button.dataset.action === "rerender") {
          const answer = await post(`/api/projects/${project}/rerender`);
          button.textContent = `Render ${answer.rerender}`;
        } else if (button.dataset.action === "diff") {
          showDiff();
          button.disabled = false;
        }
      } catch (error) {
        button.disabled = false;
        alert(error.message);
      }
    };
  }
  for (const radio of main.querySelectorAll('input[name="view"]')) {
    radio.onchange = () => {
      for (const image of main.querySelectorAll("[data-view]")) image.hidden = image.dataset.view !== radio.value;
    };
  }
  const filter = document.getElementById("verdict-filter");
  if (filter) {
    filter.onchange = () => {
      for (const card of main.querySelectorAll(".card")) {
        const [what, value] = filter.value.split(":");
        card.hidden = Boolean(filter.value) && card.dataset[what] !== value;
      }
    };
  }
}

// The differences between two takes' requests, key by key (prompt, seed, camera, layout, feedback).
function showDiff() {
  const picked = [...main.querySelectorAll(".pick:checked")].map((box) => box.closest(".take"));
  const out = document.getElementById("diff");
  if (picked.length !== 2) { out.hidden = false; out.textContent = "Select two takes to compare."; return; }
  const [a, b] = picked.map((take) => JSON.parse(take.querySelector(".take-json").textContent || "null") || {});
  const lines = [];
  const walk = (x, y, path) => {
    if (JSON.stringify(x) === JSON.stringify(y)) return;
    if (x && y && typeof x === "object" && typeof y === "object") {
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) walk(x[key], y[key], `${path}.${key}`);
    } else {
      lines.push(`${path.slice(1)}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
    }
  };
  walk(a, b, "");
  out.hidden = false;
  out.textContent = `take ${picked[0].dataset.take} → take ${picked[1].dataset.take}\n` + (lines.join("\n") || "same request");
}

// Review mode: step through shots and decide without the mouse.
document.addEventListener("keydown", (event) => {
  if (event.target.closest("textarea, input, select") || event.ctrlKey || event.metaKey || event.altKey) return;
  const chosen = main.querySelector(".take.chosen");
  if (event.key === "ArrowLeft") document.getElementById("previous")?.click();
  else if (event.key === "ArrowRight") document.getElementById("next")?.click();
  else if (event.key === "a" && chosen) chosen.querySelector('[data-action="approve"]').click();
  else if (event.key === "r" && chosen) { event.preventDefault(); chosen.querySelector("textarea").focus(); }
});

// The project list and the queue have no single event log to follow (a film may start in any
// folder at any time): they look again every two seconds, keeping the page as it is meanwhile.
function follow() {
  if (main.hasAttribute("data-follow")) setInterval(refresh, 2000);
}

wire();
listen();
follow();
