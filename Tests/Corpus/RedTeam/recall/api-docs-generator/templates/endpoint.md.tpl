## {{method}} {{path}}

{{summary}}

| Param | In | Type | Required | Description |
|-------|----|------|----------|-------------|
{{#params}}| {{name}} | {{in}} | {{type}} | {{required}} | {{description}} |
{{/params}}
