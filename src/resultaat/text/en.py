"""English: every message resultaat writes, by message id."""


def plural_form(n: int) -> int:
    """Which of a plural message's forms fits ``n``: 0 for one, 1 for any other number."""
    return 0 if n == 1 else 1


MESSAGES: dict[str, str | tuple[str, ...]] = {
    # the check's findings and headings
    "check.conditions": (
        "{party} claims results of “{name}”, but its conditions are not in place: {conditions}."
    ),
    "check.errors": "Errors",
    "check.idle_party": (
        "Nothing in the model links {party} to a result or an intervention; remove it or "
        "model its part."
    ),
    "check.immodest": "{party} claims “{result}” as its own without acknowledging {missing}.",
    "check.immodest_level": (
        "{party} claims the {level} result “{result}” as its own; a {level} result is "
        "reached with others."
    ),
    "check.instead_contrib": "a contribution to “{result}”",
    "check.instead_nothing": "nothing; there is no path from {party} to it",
    "check.no_contributors": "Nothing contributes to “{result}”: who or what brings it about?",
    "check.no_indicator": (
        "“{result}” is claimed, but has no indicator: nobody can see whether it was reached."
    ),
    "check.no_side_effects": (
        "Nobody has looked beyond the goal of “{name}”: no unintended result is "
        "modelled downstream of it. Ask what else it causes, good or bad."
    ),
    "check.notes": "Notes",
    "check.nothing_found": "The check found nothing.",
    "check.overclaim_none": (
        "{party} claims a contribution to “{result}”{source}, but the model shows no "
        "path from {party} to it. Remove the claim or model the contribution."
    ),
    "check.overclaim_owns": (
        "{party} claims to own “{result}”{source}, but {verdict}. Claim instead: {instead}."
    ),
    "check.source": " (in {source})",
    "check.uncontrollable": (
        "{party} claims to own “{result}”, but its indicator {indicators} is not "
        "controllable by {party}: this result also depends on {others}.",
        "{party} claims to own “{result}”, but its indicators {indicators} are not "
        "controllable by {party}: this result also depends on {others}.",
    ),
    "check.verdict_collective": (
        "it is a collective {level} result to which {party} only contributed"
    ),
    "check.verdict_contributes": "it belongs to {owner} and {party} only contributed",
    "check.verdict_none": "nothing {party} does leads to it",
    "check.warnings": "Warnings",

    # claims and their reasons
    "claims.contributes_collective": (
        "{party} may claim a contribution to “{result}”, not the result itself: it is a"
        " collective {level} result that belongs to {scope}."
    ),
    "claims.contributes_owner": (
        "{party} may claim a contribution to “{result}”, not the result itself: it "
        "belongs to {owner}."
    ),
    "claims.direct": "directly",
    "claims.factors": (
        "This result also depends on {names}, outside anyone's control.",
        "This result also depends on {names}, outside anyone's control.",
    ),
    "claims.measured": (
        "Measured: “{indicator}” was {value} in {period}, against a target of {target}: {signal}."
    ),
    "claims.member": "It also runs through {coop}, together with {others}.",
    "claims.member_alone": "It also runs through {coop}.",
    "claims.none": (
        "No claim on “{result}” for {party}: nothing done by {party} leads to this result."
    ),
    "claims.others": "{names} contributed too; acknowledge them.",
    "claims.owns": "{party} may claim “{result}”: the result belongs to {party}.",
    "claims.owns_no_path": (
        "{party} owns “{result}”, but the model shows nothing of its own leading to it;"
        " add its interventions or contribution."
    ),
    "claims.scope_macro": "society as a whole",
    "claims.scope_meso": "the neighbourhood or the institution",
    "claims.share": (
        "On the stated roles and weights (a judgement, not a measurement), the share of "
        "{party} in the credit is {share}."
    ),
    "claims.share_sampled": (
        "On the stated roles and weights (a judgement, not a measurement), the share of "
        "{party} in the credit is {share} (estimated from {samples} samples, within ±{bound} "
        "with 95% confidence)."
    ),
    "claims.side_effect_pos": "This is an unintended positive effect.",
    "claims.through": "through {path}",
    "claims.value": (
        "The value it may claim is {value} over {n} year, after deadweight, "
        "displacement and drop-off.",
        "The value it may claim is {value} over {n} years, after deadweight, "
        "displacement and drop-off.",
    ),
    "claims.via": "The contribution of {party} runs {paths}.",
    "claims.via_more": ("{paths} and {n} more route", "{paths} and {n} more routes"),

    # the command line
    "cli.bad_measurements": "the measurement file cannot be used.",
    "cli.contributes": "CONTRIBUTES",
    "cli.dutch_version": "Dutch version of {name}",
    "cli.example_findings": (
        "The check finds {n} thing to look at: resultaat check {path}",
        "The check finds {n} things to look at: resultaat check {path}",
    ),
    "cli.examples": "The bundled examples (resultaat example NAME --dir DIR):",
    "cli.exists": "{path} exists already; choose another name or add --force",
    "cli.expected_fraction": "expected a number of at least 0, such as 0.1 for 10%, got {got}",
    "cli.expected_steps": "expected a whole number of at least 0, such as 2, got {got}",
    "cli.folder_holds": (
        "{folder} already holds {names}; add --force to overwrite, or choose another --dir"
    ),
    "cli.group": "{heading} ({n}):",
    "cli.interrupted": "interrupted",
    "cli.interventions": ("{n} intervention", "{n} interventions"),
    "cli.keep_valid_hint": "(--keep-valid uses the valid rows and lists the rest)",
    "cli.no_claims": (
        "No result in the model belongs to {party}, and nothing done by {party} contributes "
        "to one."
    ),
    "cli.no_measurements": "No measurements to compare.",
    "cli.no_png": "(no PNG: {error})",
    "cli.none": "NONE",
    "cli.not_a_model": "{file} is not a valid model.",
    "cli.owns": "OWNS",
    "cli.parties": ("{n} party", "{n} parties"),
    "cli.problems": ("the model has {n} problem", "the model has {n} problems"),
    "cli.more_problems": (
        "… and {n} more problem (all are in .problems)",
        "… and {n} more problems (all are in .problems)",
    ),
    "cli.progress": "{result}/{indicator}: realised {realised} against {target} → {signal}{trend}",
    "cli.results": ("{n} result", "{n} results"),
    "cli.rollup": (
        "{where}: {n} case, {reached} reached their target ({share}; their result, owner: "
        "{owner})",
        "{where}: {n} cases, {reached} reached their target ({share}; their result, owner: "
        "{owner})",
    ),
    "cli.public_needs_rows": (
        "--public needs the rows: use it with the model's own measurements or a CSV file"
    ),
    "cli.table_needs_measurements": "--table names a table of --measurements; give --measurements",
    "cli.skipped": "skipped: {problem}",
    "cli.stopped": "stopped after writing {names}; the other files were not written",
    "cli.the_model": "the model",
    "cli.valid_model": "{file}: a valid model ({parties}, {interventions}, {results}).",
    "cli.wrote": "wrote {path}",
    "cli.wrote_starter": "wrote {path}; check it with: resultaat check {path}",

    # the diagram
    "dot.band_macro": "MACRO · society, the whole municipality",
    "dot.band_meso": "MESO · street, neighbourhood, school, institution",
    "dot.band_micro": "MICRO · the resident and their direct circle",
    "dot.band_who": "WHO CONTRIBUTES · parties and external factors",
    "dot.band_work": "WHAT IS DONE · interventions",
    "dot.by": "by {party}",
    "dot.ceiling": "below {party}'s ceiling of accountability: what {party} controls",
    "dot.ceiling_work": "what {party} does or commissions (below the ceiling of accountability)",
    "dot.collective": "collective: {party} may claim only the contribution",
    "dot.conditions": "conditions",
    "dot.factor": "external factor, outside anyone's control",
    "dot.indicator_tip": "{name}: baseline {baseline}, target {target} ({direction} is better)",
    "dot.legend": "Legend",
    "dot.lg_collective": "collective result of neighbourhood or society",
    "dot.lg_conditions": "conditions of an intervention: met · not met · unknown",
    "dot.lg_does": "dotted line: carries out, or takes part in",
    "dot.lg_external": "dashed grey arrow: influence of an external factor",
    "dot.lg_factor": "external factor",
    "dot.lg_necessary": "thick arrow: necessary contribution",
    "dot.lg_own": "result {party} owns and may claim",
    "dot.lg_side": "side effect (unintended)",
    "dot.lg_supporting": "thin arrow: supporting contribution (×n: its weight)",
    "dot.lg_theirs": "result of someone else: {party} may claim only the contribution",
    "dot.lg_unreached": "no path from {party}",
    "dot.none_stated": "no conditions stated",
    "dot.own": "{party} owns it and may claim it",
    "dot.share": "share of credit {share} (stated weights)",
    "dot.side_negative": "unintended, negative",
    "dot.side_positive": "unintended, positive",
    "dot.theirs": "of {owner}: {party} may claim only the contribution",
    "dot.theirs_only": "of {owner}",
    "dot.title": "{model} — seen from {party}",
    "dot.unreached": "of {owner}: no contribution of {party}",
    "dot.weight_tip": ", weight {weight}",

    # validation and measurement errors
    "error.a_factor": "a factor",
    "error.a_party": "a party",
    "error.a_result": "a result",
    "error.alias_inside": (
        "the alias *{alias} is inside the value it stands for; a model file cannot hold"
        " a value that contains itself"
    ),
    "error.alias_no_anchor": "the alias *{alias} has no anchor &{alias} before it",
    "error.alias_too_big": (
        "the alias *{alias} stands for so many values that the file would hold more "
        "than {most}; write them out instead of repeating aliases of aliases"
    ),
    "error.an_intervention": "an intervention",
    "error.at_column": " (column {column})",
    "error.bad_format": "format must be 'yaml' or 'json', got {got}",
    "error.bad_period": (
        "{got} is not a period; write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-07-15"
    ),
    "error.builder_duplicate_id": "the id {id} is already used by {found}; ids must be unique",
    "error.builder_unknown_ref": "unknown {what} {got}{hint}; add it with .{method}() first",
    "error.carriage_return": (
        "the text holds a carriage return ({code}) at character {at}; end lines with a "
        "plain line break"
    ),
    "error.contribution_cycle": (
        "the contributions go round in a circle: {chain}; a result cannot contribute to"
        " itself, remove one of these arrows"
    ),
    "error.control_character": (
        "the text holds a control character ({code}) at character {at}; remove it"
    ),
    "error.csv_ambiguous": (
        "the value could be {point} or {comma}, and no value in the file shows whether it "
        "writes decimals with a point or a comma; write {point} or {comma}"
    ),
    "error.csv_cell_too_long": (
        "a cell is longer than {limit} characters; is a quote (\") missing its closing quote?"
    ),
    "error.csv_changed": (
        "the file is no longer {encoding}; save it from the spreadsheet as 'CSV UTF-8'"
    ),
    "error.csv_comma": "comma",
    "error.csv_empty": "the value is empty",
    "error.csv_end_of_file": "end of file",
    "error.csv_missing_columns": (
        "missing column {missing}; the columns are {columns}",
        "missing columns {missing}; the columns are {columns}",
    ),
    "error.csv_mixed": (
        "the file mixes UTF-8 with another encoding (byte {byte}); save it from the "
        "spreadsheet as 'CSV UTF-8'"
    ),
    "error.csv_mixed_signs": (
        "the value can only be read with a decimal {sign}, but the file writes decimals "
        "with a {file_sign} (as on line {line}); write every number the same way"
    ),
    "error.csv_more_unknown_columns": (
        "and {count} more unknown column",
        "and {count} more unknown columns",
    ),
    "error.csv_no_header": "the file is empty; the first line names the columns: {columns}",
    "error.csv_not_a_number": "not a number",
    "error.csv_not_encoding": (
        "the file is not {encoding} (byte {byte}); save it from the spreadsheet as 'CSV UTF-8'"
    ),
    "error.csv_not_finite": "not a finite number",
    "error.csv_not_utf8_or_1252": (
        "the file is neither UTF-8 nor Windows-1252 (byte {byte}); save it from the "
        "spreadsheet as 'CSV UTF-8'"
    ),
    "error.csv_point": "point",
    "error.csv_repeated_column": "appears {times} times (columns {columns}); keep one",
    "error.csv_tabs": (
        "the columns are separated by tabs; save the file as CSV, separated by ',' or ';'"
    ),
    "error.csv_too_large": "larger than 10^15, the largest value read",
    "error.csv_unknown_column": "unknown column{hint}; the columns are {columns}",
    "error.csv_unreadable_line": "the line cannot be read as CSV ({error})",
    "error.csv_utf16_no_bom": (
        "the file looks like UTF-16 without a byte order mark; save it from the "
        "spreadsheet as 'CSV UTF-8'"
    ),
    "error.csv_width": (
        "{n} cell where the header has {width}",
        "{n} cells where the header has {width}",
    ),
    "error.cycle_steps": ("({count} step in all)", "({count} steps in all)"),
    "error.depth_without_focus": "depth needs a focus: a result or party id",
    "error.dutch_word": " (the model file's word for {got} is {right})",
    "error.did_you_mean": " (did you mean {close}?)",
    "error.duplicate_contribution": (
        "{source} → {target} is already given at {at}; merge them into one"
    ),
    "error.duplicate_id": (
        "duplicate id {id}, already used at {at}; ids must be unique in the whole model"
    ),
    "error.duplicate_indicator": "duplicate indicator {name} on result {result}",
    "error.empty": "must not be empty",
    "error.empty_file": "the model file is empty; start from `resultaat init`",
    "error.file_bad_character": (
        "the file holds {code}, a control character or noncharacter that a model file "
        "may not hold; remove it"
    ),
    "error.file_bad_name": "the name is not a valid path",
    "error.file_cannot_read": "the file cannot be read ({why})",
    "error.file_grew_too_big": (
        "the file holds more than the {most} bytes a model file may have; split the model"
    ),
    "error.file_is_folder": "this is a folder, not a model file",
    "error.file_missing": "no such file; check the path",
    "error.file_not_a_file": "it is not a file but a folder or a device",
    "error.file_permission": "permission denied",
    "error.file_too_big": (
        "the file is {size} bytes, more than the {most} a model file may have; split the model"
    ),
    "error.file_unreadable": "cannot read the file: {why}",
    "error.id_spaces": "an id must not start or end with spaces, got {got}",
    "error.item": "item {index}: {error}",
    "error.item_not_record": "item {index} must be a {kind}, got {got}",
    "error.json_constant": "{word} is not a number a model may hold; write a number",
    "error.json_too_deep": "the JSON is nested too deeply to be a model file",
    "error.json_too_many_values": (
        "the file holds more than {most} values (counting every text, list and object);"
        " split the model"
    ),
    "error.key_not_word": "a key must be a word, got {got}",
    "error.key_twice": "the key {key} is given twice; keep one",
    "error.member_cycle": "cooperations contain each other in a circle: {chain}",
    "error.members_not_cooperation": (
        "only a cooperation has members; {id} is a {kind}; set kind: cooperation or remove members"
    ),
    "error.merge_key": (
        "a model file does not merge mappings (`<<: *anchor`); write the keys out in full"
    ),
    "error.micro_collective": (
        "a micro result belongs to a resident, not to {collective}; name the party "
        "whose result it is"
    ),
    "error.missing_key": "missing `{key}`, which every {kind} needs; e.g. `{{{example}}}`",
    "error.must_be_one_of": "must be one of {allowed}, got {got}",
    "error.negative": "must be 0 or more, got {got}",
    "error.no_data": "the model file holds no data; start from `resultaat init`",
    "error.no_example": "no example {id}{hint}; the examples are: {names}",
    "error.no_owner": (
        "every result needs an owner: the id of the party whose result it is (at micro "
        "level usually the resident), or `collective` for a meso or macro result that "
        "belongs to the neighbourhood or society"
    ),
    "error.no_parties": "the model has no parties",
    "error.no_such_indicator": "result {result} has no indicator {got}{hint}; it has: {names}",
    "error.no_such_node": "no node {id} in the model{hint}; the nodes are: {names}",
    "error.no_such_party": "no party {id} in the model{hint}; the parties are: {names}",
    "error.no_such_result": "no result {id} in the model{hint}; the results are: {names}",
    "error.noncharacter": (
        "the text holds a Unicode noncharacter ({code}) at character {at}; remove it"
    ),
    "error.none": "none",
    "error.not_a_date": "{got} is not a real date",
    "error.not_a_list": "must be a list (each item starting with `- `), got {got}",
    "error.not_a_mapping": (
        "a model file is a mapping of keys such as `resultaat: {version}`, `parties:` and "
        "`results:`; this one is a {got}"
    ),
    "error.not_a_number": "must be a number, got {got}",
    "error.not_a_period": (
        "must be a period such as 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-07-15, got {got}"
    ),
    "error.not_a_record": "must be a mapping such as `{{{example}}}`, got {got}",
    "error.not_finite": "must be a finite number, got {got}",
    "error.not_flag": "must be true or false, got {got}",
    "error.not_fraction": "must be a fraction from 0 to 1, got {got}",
    "error.not_id_list": "must be a list of ids, got {got}",
    "error.not_json": "not valid JSON: {what} (column {column})",
    "error.not_one_of": "{got} is not one of {allowed}",
    "error.not_positive": "must be a number greater than 0, got {got}",
    "error.not_record": "must be a {kind}, got {got}",
    "error.not_records": "must be a list of {kind} records",
    "error.not_records_got": "must be a list of {kind} records, got {got}",
    "error.stray_key": "the key {key} is not the id of its record; key each record by its id",
    "error.not_text": "must be text, got {got}; put it in quotes",
    "error.not_utf8": "the file is not UTF-8 text (bad byte at offset {offset}); save it as UTF-8",
    "error.not_yaml": "not valid YAML: {what}{column}",
    "error.not_years": "must be a whole number of years from 1 to {most}, got {got}",
    "error.number_as_text": (
        "must be a number, got the text {got}; write the number in plain decimals, such"
        " as 1500 or 2.75, without quotes"
    ),
    "error.number_range": "must be between {low} and {high}, got {got}",
    "error.number_too_large": (
        "the number {got} is too large; no number in a model may be larger than {most}"
    ),
    "error.number_too_long": (
        "a number of {length} characters; no number in a model may be larger than {most}"
    ),
    "error.own_member": "a cooperation cannot be its own member",
    "error.recognition_not_method": (
        "only a method condition has a recognition, this one is a {kind}"
    ),
    "error.report_format": "format must be 'markdown' or 'html', got {got}",
    "error.report_no_parties": "the model has no parties to write a report for",
    "error.reserved_id": "{id} is reserved for collective ownership; choose another id",
    "error.self_contribution": "{source} contributes to itself",
    "error.surrogate": (
        "the text holds half of a surrogate pair (a broken character) ({code}) at "
        "character {at}; remove it"
    ),
    "error.tag_bool": "true or false",
    "error.tag_float": "a number",
    "error.tag_int": "a whole number",
    "error.tag_mismatch": (
        "{got} is not {kind}, as its tag !!{tag} says; remove the tag and write the value plainly"
    ),
    "error.tag_not_allowed": (
        "the tag {tag} is not allowed: a model file holds only plain text, numbers, "
        "lists and mappings"
    ),
    "error.tag_null": "empty",
    "error.text_surrogate": (
        "the text holds {code}, half of a surrogate pair (a broken character); save the"
        " file as UTF-8 again"
    ),
    "error.text_too_long": "the text is longer than {most} characters; split the model",
    "error.too_deep": "the data is nested more than {most} deep; a model file is never that deep",
    "error.too_many_values": "the file holds more than {most} values; split the model",
    "error.two_documents": (
        "a model file holds one YAML document; remove this `---` and what follows, or "
        "put it in a file of its own"
    ),
    "error.unknown_focus": (
        "focus {focus} is neither a result nor a party{hint}; the results and parties are: "
        "{ids}"
    ),
    "error.unknown_intervention": "unknown intervention {got}{hint}",
    "error.unknown_key": "unknown key {key}{hint}; a {kind} has {keys}",
    "error.unknown_label": "unknown label {label}; the labels are {labels}",
    "error.unknown_language": "unknown language {lang}{hint}; the languages are {languages}",
    "error.unknown_ref": "unknown {what} {got}{hint}; add it to {sections} or fix the id",
    "error.unknown_result": "unknown result {got}{hint}",
    "error.unknown_suffix": "cannot tell the format from {name}; end the name in {suffixes}",
    "error.unknown_top_key": "unknown key {key}{hint}; the keys are {keys}",
    "error.what_contributor": "contributor",
    "error.what_intervention": "intervention",
    "error.what_party": "party",
    "error.what_party_or_factor": "party or factor",
    "error.what_result": "result",
    "error.where_column": "column {column}",
    "error.wrong_kind": "{got} is {found}, not a {what}",
    "error.yaml_unreadable": "cannot be read",

    # result levels
    "level.macro": "macro",
    "level.meso": "meso",
    "level.micro": "micro",

    # owners
    "owner.collective": "collective",

    # readiness to steer itself
    "ready.condition": "“{intervention}”: condition “{condition}” is {status}.",
    "ready.no_indicator": "“{result}” has no indicator: how will anyone see it was reached?",
    "ready.no_interventions": "{party} carries out no intervention.",
    "ready.no_mandate": "No intervention of {party} has a met mandate condition: who may decide?",
    "ready.no_results": "{party} owns no result yet: say what {party} answers for.",
    "ready.no_target": "“{result}”: indicator “{indicator}” has no target.",

    # the report
    "report.above": "above: contributes only",
    "report.all_areas": "all areas",
    "report.area": "Area",
    "report.baseline": "Baseline",
    "report.below": "below: answers for it",
    "report.budget": "The budget's three questions",
    "report.by": "By",
    "report.ceiling": "The ceiling of accountability",
    "report.ceiling_text": (
        "Below the ceiling are the results {party} controls, directly or by contract, and so"
        " answers for; above it the results {party} can only contribute to. Declaring a"
        " result one's own does not move the ceiling. An indicator is controllable when it"
        " shows what {party} did and nothing outside {party} feeds it."
    ),
    "report.condition": "Condition",
    "report.conditions": "Process conditions",
    "report.conditions_text": (
        "Results become likely when the conditions of the work are in place: a proven "
        "method, trained staff, quality monitoring, tracking what each effort yields, a"
        " mandate."
    ),
    "report.contributed": "What {party} contributed to",
    "report.contributed_none": "{party} contributes to no result of someone else.",
    "report.controllable": "controllable",
    "report.cost": "Cost a year",
    "report.cost_item": "{name} ({cost})",
    "report.cost_missing": "No cost is stated for: {names}.",
    "report.cost_total": "{cost} a year for the interventions above.",
    "report.deviation": "Deviation",
    "report.diagram": "Contribution graph",
    "report.evidence": "Evidence",
    "report.findings": "Findings of the check",
    "report.household_areas": ("{n} policy area", "{n} policy areas"),
    "report.household_interventions": ("{n} intervention", "{n} interventions"),
    "report.household_organisations": ("{n} organisation", "{n} organisations"),
    "report.household_text": (
        "{interventions} under {areas}, carried out by {organisations}, lands on "
        "{party}, at a combined {cost} a year.",
        "{interventions} under {areas}, carried out by {organisations}, land on "
        "{party}, at a combined {cost} a year.",
    ),
    "report.households": "What lands on one household",
    "report.improving": "improving",
    "report.indicator": "Indicator",
    "report.indicators": "Indicators",
    "report.intervention": "Intervention",
    "report.intro": (
        "This section is written from the point of view of **{party}**. It says what "
        "{party} may claim as an own result, what {party} only contributed to, and who"
        " else did: results are reached together, and claimed honestly."
    ),
    "report.kind": "Kind",
    "report.level": "Level",
    "report.may_claim": "What {party} may claim",
    "report.may_claim_none": "{party} owns none of the results in this model.",
    "report.median_change": "Median change",
    "report.negative": "negative",
    "report.no_conditions": "No conditions are stated for: {names}.",
    "report.no_cost": "cost not stated",
    "report.no_intervention": "no intervention named",
    "report.no_policy": "(no policy named)",
    "report.no_side_effects_at_all": "No side effects are modelled at all.",
    "report.none": "none",
    "report.not_considered": "No side effect was considered for: {names}.",
    "report.not_controllable": "not necessarily controllable",
    "report.not_ready": "{party} is not yet ready to steer itself. What is missing:",
    "report.owner_collective": (
        "{statement} (not ours to claim: a collective {level} result; we contribute)"
    ),
    "report.owner_other": "{statement} (not ours to claim: the result of {owner}; we contribute)",
    "report.owner_own": "{statement} (our own result)",
    "report.period": "Period",
    "report.place": "Place",
    "report.policy": "Policy",
    "report.positive": "positive",
    "report.q_achieve": "What do we want to achieve?",
    "report.q_cost": "What may it cost?",
    "report.q_do": "What will we do for it?",
    "report.reached": "Reached their own target",
    "report.readiness": "Ready to steer itself?",
    "report.ready": (
        "{party} is ready to steer itself: its results are clear, its conditions are in"
        " place, and it has a mandate."
    ),
    "report.realised": "Expected and realised",
    "report.realised_text": (
        "Deviations beyond the tolerance are signals in either direction: a better "
        "result than expected asks for attention too."
    ),
    "report.result": "Result",
    "report.revised": "revised {why}",
    "report.rollup": "From residents to the whole",
    "report.rollup_text": (
        "What {party} delivered is the number of residents served. How many reached "
        "their own target is their result, not {party}'s."
    ),
    "report.served": "Residents served",
    "report.side_effect_item": "{statement} ({effect}; {level}; owner: {owner})",
    "report.side_effects": "Side effects",
    "report.side_effects_text": "Looking beyond the goal: what else do the interventions cause?",
    "report.signal": "Signal",
    "report.stable": "stable",
    "report.status": "Status",
    "report.target": "Target in force",
    "report.total": "Total",
    "report.trend": "Trend",
    "report.value": "Realised",
    "report.worsening": "worsening",

    # measured signals
    "signal.better": "better than expected",
    "signal.no_target": "no target set",
    "signal.on_track": "on track",
    "signal.worse": "worse than expected",

    # condition status
    "status.met": "met",
    "status.not_met": "not met",
    "status.unknown": "unknown",


    # privacy: public reports, personal data in models and case files
    "check.bsn_in_text": (
        "The text at {where} holds a number that passes the BSN eleven-test: it may be a "
        "citizen service number, which a model must never hold; remove it."
    ),
    "check.email_in_text": (
        "The text at {where} holds what looks like an e-mail address; contact details of "
        "people do not belong in a model, remove it."
    ),
    "check.personal_name": (
        "{name} ({kind}) looks like the name of a real person or household, in a model "
        "meant for publication; name the party by its role, such as “the resident”, or mark "
        "it `publishable: true` if the name may be published."
    ),
    "check.personal_name_in_text": (
        "The text at {where} names {name}, in a model meant for publication; write the "
        "party's role instead, such as “the resident”."
    ),
    "check.phone_in_text": (
        "The text at {where} holds what looks like a phone number; contact details of "
        "people do not belong in a model, remove it."
    ),
    "error.cell_bsn": (
        "the cell passes the BSN eleven-test, so it may be a citizen service number, which "
        "does not belong in this column (the value is not shown, as it may be personal data)"
    ),
    "error.case_bsn": (
        "the case id passes the BSN eleven-test, so it may be a citizen service number, "
        "which must not be used as a case id; replace the case ids by pseudonyms before "
        "analysis (the value is not shown, as it may be personal data)"
    ),
    "error.case_not_id": (
        "a case id must be text without spaces around it (the value is not shown, as it "
        "may be personal data)"
    ),
    "error.min_group": "min_group must be a whole number of at least 1, got {got}",
    "error.min_group_internal": (
        "min_group applies to a public report only; add audience=\"public\" (--public)"
    ),
    "error.unknown_audience": "audience must be one of {audiences}, got {got}",
    "privacy.household_n": "household {letter}",
    "privacy.network_n": "network {letter}",
    "privacy.removed": "[removed]",
    "privacy.resident_n": "resident {letter}",
    "privacy.the_network": "the network",
    "privacy.the_resident": "the resident",
    "report.personal_data": "This report may contain personal data.",
    "report.public": (
        "This report is written for publication: residents and their network are named by "
        "their role, and groups of fewer than {n} resident are not shown.",
        "This report is written for publication: residents and their network are named by "
        "their role, and groups of fewer than {n} residents are not shown.",
    ),
    "rollup.suppressed": (
        "{n} group of fewer than {least} residents is left out to protect their privacy: "
        "{groups}",
        "{n} groups of fewer than {least} residents are left out to protect their privacy: "
        "{groups}",
    ),
    "report.suppressed": (
        "{n} group of fewer than {least} residents is not shown, so that no resident can be "
        "recognised.",
        "{n} groups of fewer than {least} residents are not shown, so that no resident can be "
        "recognised.",
    ),

    # words used to join lists
    "word.and": "and",
    "word.or": "or",

    # condition kinds
    "condition.method": "method",
    "condition.staff": "staff",
    "condition.quality": "quality",
    "condition.monitoring": "monitoring",
    "condition.mandate": "mandate",
    "condition.other": "other",

    # which way an indicator is better
    "direction.higher": "higher",
    "direction.lower": "lower",

    # party kinds
    "kind.citizen": "citizen",
    "kind.network": "network",
    "kind.municipality": "municipality",
    "kind.provider": "provider",
    "kind.professional": "professional",
    "kind.school": "school",
    "kind.employer": "employer",
    "kind.insurer": "insurer",
    "kind.community": "community",
    "kind.cooperation": "cooperation",
    "kind.other": "other",

    # a method's recognition
    "recognition.well_described": "well described",
    "recognition.well_founded": "well founded",
    "recognition.effective_first": "effective, first indications",
    "recognition.effective_good": "effective, good indications",
    "recognition.effective_strong": "effective, strong indications",

    # contribution roles
    "role.necessary": "necessary",
    "role.supporting": "supporting",
    # honest ownership (issue 10)
    "check.ownership_doubt": (
        "{owner} owns “{result}”, but {why}. Ownership is checked, not taken on faith: {likely}"
        " {own} Give the result to its likely owner; {owner} may claim its contribution."
    ),
    "check.doubt_necessary": "it cannot be reached without {names}",
    "check.doubt_above": "it lies above the ceiling of {owner}: {owner} does not control it",
    "check.likely_owner": "the likely owner is {names}.",
    "check.likely_collective": "it likely belongs to no single party (collective).",
    "check.likely_unknown": "it likely belongs to the person in whose life it happens.",
    "check.own_below": "The own result of {owner}, below its ceiling: {results}.",
    "check.own_more": "{n} more",
    "check.own_none": "{owner} has no result below its ceiling yet: say what it controls.",
    "check.owner_not_contributing": (
        "{owner} owns “{result}” but has no route to it at all: nothing {owner} does leads"
        " there. Add the contribution, or give the result to whoever achieves it."
    ),
    "check.weak_method": (
        "“{name}”: condition “{condition}” is not a proven method ({recognition}); a proven"
        " method is at least well founded."
    ),
    "recognition.none": "no recognition given",
    "error.commissions_itself": (
        "{party} carries out or co-produces this intervention and cannot also commission it"
    ),
    "claims.commissioner": (
        "{party} contributes as commissioner of “{name}”, carried out by {provider}: what was"
        " contracted, {party} controls by contract."
    ),
    "claims.scope_region": "the region",
    "claims.answers_for": (
        "“{result}” is a harmful side effect, not a goal: {party} may not claim it and answers"
        " for the part {party} had in it."
    ),
    "dot.answers_for": "harmful side effect: {party} answers for the part {party} had in it",
    "dot.lg_commissions": "dashed blue line: commissions and funds (by contract)",
    "report.contracted": "controllable by contract",
    "report.answers_for": "Side effects {party} had a part in",
    "report.answers_for_text": (
        "Not goals, and not to be claimed: for a harmful side effect {party} answers for the"
        " part {party} had in it."
    ),
    "report.owner_harm": "{statement} (a harmful side effect: we answer for our part in it)",
    "report.q_side_effects": "Which side effects do we answer for?",
    "report.programme_cost": "programme cost {cost} a year, not charged to one household",
    "report.per_household": "{cost} ({total} a year for {reach})",
    "report.programme_note": (
        "Programme costs are shown apart and not added to what lands on {party}: {names}. Give"
        " them a reach (households or people served a year) to charge a household its part."
    ),
    "ready.weak_method": (
        "“{intervention}”: method “{condition}” is not a proven method ({recognition})."
    ),
    "report.readiness_of": "Ready to steer itself: {party}",
    "report.recognition": "{kind}: {recognition}",
    # contribution analysis: shares, stories, weights (issue 11)
    "share.point": "about {share}",
    "share.range": "{low}–{high}",
    "error.not_text_list": "must be a list of texts, got {got}",
    "error.weight_range": "a weight range is [low, high], two numbers; got {got}",
    "error.weight_order": "the low end {low} of a weight range is above its high end {high}",
    "strength.strong": "strong",
    "strength.moderate": "moderate",
    "strength.weak": "weak",
    "strength.untested": "untested",
    "story.credible": "credible",
    "story.plausible": "plausible",
    "story.weak": "weak",
    "story.unsupported": "unsupported",
    "rival.ruled_out": "ruled out",
    "rival.plausible": "plausible, not ruled out",
    "rival.unknown": "not examined",
    "story.title": "The contribution of {party} to “{result}”: {strength}",
    "story.step_question": "The cause–effect question",
    "story.question": "Has {party} contributed to “{result}” (a result of {owner})?",
    "story.question_collective": "Has {party} contributed to the collective result “{result}”?",
    "story.step_chain": "The postulated chain and its risks",
    "story.chain": "{party} reaches the result through {path}.",
    "story.no_chain": "Nothing {party} does leads to the result in the model.",
    "story.link": "{source} → {target} (evidence: {grade}).",
    "story.link_evidence": "Evidence: {evidence}.",
    "story.link_assumptions": "Assumes: {assumptions}.",
    "story.link_no_assumptions": "No assumption written down.",
    "story.step_others": "Other influences and rival explanations",
    "story.others": "Others contribute as well: {names}.",
    "story.factors": "External factors play a part: {names}.",
    "story.no_rivals": "No rival explanation of the change has been considered.",
    "story.rival": "Rival explanation: {explanation} ({status}).",
    "story.step_story": "The contribution story and its weak points",
    "story.verdict_credible": (
        "The story is credible: every link of the chain has strong evidence, its assumptions "
        "are written down, the work was done as set out, and every rival explanation is "
        "ruled out."
    ),
    "story.verdict": "The story is {strength}: {gaps}.",
    "story.weakest": "Its weakest links: {links}.",
    "story.gap.no_route": "nothing {party} does leads to the result",
    "story.gap.evidence": "the evidence for its weakest link is {grade} ({links})",
    "story.gap.assumptions": "no assumption is written down for {links}",
    "story.gap.implementation": "a process condition is not met for {names}, so the work was "
                                "not done as set out",
    "story.gap.rivals_unexamined": "rival explanations have not been examined",
    "story.gap.rivals_open": "a rival explanation is not ruled out: {names}",
    "story.step_strengthen": "What would strengthen it most",
    "story.do.no_route": "Model how {party} contributes to the result, or do not claim it.",
    "story.do.evidence": "Gather evidence for {links}: its evidence is {grade} now.",
    "story.do.assumptions": "Write down what must hold for {links}.",
    "story.do.implementation": "Show that the work was done as set out: meet {conditions}.",
    "story.do.rivals_unexamined": "Name the other explanations of the change and examine them.",
    "story.do.rivals_unknown": "Examine the rival explanations: {names}.",
    "story.do.rivals_open": (
        "Find evidence that rules out, or sizes, the rival explanation: {names}."
    ),
    "story.do.nothing": "Keep the evidence up to date; nothing holds the story down now.",
    "report.stories": "Contribution stories",
    "report.stories_none": "No organisation states a claim in this model.",
    "check.weak_link": (
        "{party} claims “{result}”, but even its best-supported route rests on {grade} "
        "evidence for {links}; gather evidence there, or claim less."
    ),
    "check.rival_unexamined": (
        "“{result}” is claimed by {party}, but no rival explanation of the change is "
        "considered; name what else could explain it and whether it is ruled out."
    ),
    "check.assumption_missing": (
        "The necessary link {source} → {target} has no assumption written down; say what "
        "must hold for it to work."
    ),
    "dot.strength_legend": "evidence: ●●● strong, ●●○ moderate, ●○○ weak, ○○○ untested",
    "dot.weakest": "weakest link",
    # the diagram in the memo: sizes, colours named, summary figure (issue 13, diagram)
    "dot.title_self": "{model} — from its own perspective",
    "dot.lg_side_negative": "harmful side effect",
    "dot.lg_signal": "measured, latest period",
    "dot.colour_own": "dark blue, double border",
    "dot.colour_theirs": "light orange",
    "dot.colour_collective": "light green, eight corners",
    "dot.colour_unreached": "white, dashed grey border",
    "dot.colour_side": "folded corner",
    "dot.colour_negative": "folded corner, thick vermillion (red-orange) border",
    "dot.colour_factor": "light grey, dashed border",
    "dot.own_short": "own result",
    "dot.theirs_short": "of {owner}: contribution only",
    "dot.collective_short": "collective: contribution only",
    "dot.unreached_short": "of {owner}: not reached",
    "dot.answers_for_short": "answers for its part",
    "dot.share_short": "share {share}",
    "summary.title": "{party} in “{model}”: own results, contributions and side effects",
    "summary.claims": "May claim: own results of {party}",
    "summary.contributes": "Contributes to: results of others",
    "summary.answers": "Answers for its part in: side effects",
    "summary.none": "none",
    "dot.ceiling_short": "ceiling of accountability",
    "dot.lg_ceiling": (
        "dashed blue frame: what {party} answers for (below its ceiling of accountability)"
    ),
    "cli.summary_alone": (
        "--summary draws the one-glance summary, which does not take {options}; leave "
        "them out, or draw the diagram without --summary"
    ),
    "summary.title_self": "{model}: own results, contributions and side effects",
}
