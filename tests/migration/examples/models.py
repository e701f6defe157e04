"""List the models page by page and one by one, then look one up."""

import anthropic

client = anthropic.Anthropic()

page = client.models.list(limit=2)
for model in page.data:
    print(model.id, "-", model.display_name)
print("more:", page.has_next_page(), page.first_id, page.last_id)

print("all:", [model.id for model in client.models.list(limit=3)])

model = client.models.retrieve("claude-sonnet-4-5-20250929")
print(model.id, model.type, model.display_name, model.created_at.isoformat())
