"""English: every message resultaat writes, by message id."""


def plural_form(n: int) -> int:
    """Which of a plural message's forms fits ``n``: 0 for one, 1 for any other number."""
    return 0 if n == 1 else 1


MESSAGES: dict[str, str | tuple[str, ...]] = {
    # the check's findings and headings
    "check.conditions": (
        "{party} claims results of “{name}”, but a condition is not in place: {conditions}.",
        "{party} claims results of “{name}”, but conditions are not in place: {conditions}.",
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
        "route to it. Remove the claim or model the contribution."
    ),
    "check.overclaim_owns": (
        "{party} claims to own “{result}”{source}, but {verdict}. Claim instead: {instead}."
    ),
    "check.source": " (in {source})",
    "check.uncontrollable": (
        "{party} claims to own “{result}”, but its indicator {indicators} is not in its "
        "own control alone: this result also depends on {others}.",
        "{party} claims to own “{result}”, but its indicators {indicators} are not in its "
        "own control alone: this result also depends on {others}.",
    ),
    "check.verdict_collective": (
        "it is a collective {level} result, to which only a contribution was made"
    ),
    "check.verdict_contributes": "it belongs to {owner}, and only a contribution was made to it",
    "check.verdict_none": "no work of {party} leads to it",
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
        "No claim on “{result}” for {party}: nothing it does leads to this result."
    ),
    "claims.others": (
        "{names} contributed too; say so with the claim.",
        "{names} contributed too; acknowledge them.",
    ),
    "claims.owns": "“{result}” belongs to {party} and may be claimed as an own result.",
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
    "claims.side_effect_pos": (
        "This is an unintended positive effect, not a goal: mention the contribution, but not"
        " as a goal achieved."
    ),
    "claims.through": "through {path}",
    "claims.value": (
        "The value it may claim is {value} over {n} year, after deadweight, "
        "displacement and drop-off.",
        "The value it may claim is {value} over {n} years, after deadweight, "
        "displacement and drop-off.",
    ),
    "claims.via": "The contribution runs {paths}.",
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
        "No result in the model belongs to {party}, and nothing it does contributes to "
        "one."
    ),
    "cli.no_measurements": "No measurements to compare.",
    "cli.no_png": "(no PNG: {error})",
    "cli.none": "NONE",
    "cli.not_a_model": "{file} is not a valid model.",
    "cli.owns": "OWNS",
    "cli.parties": ("{n} party", "{n} parties"),
    "cli.problems": ("The model has {n} problem", "The model has {n} problems"),
    "cli.more_problems": (
        "… and {n} more problem (all are in .problems)",
        "… and {n} more problems (all are in .problems)",
    ),
    "cli.progress": "{result}/{indicator}: realised {realised} against {target} → {signal}{trend}",
    "cli.results": ("{n} result", "{n} results"),
    "cli.rollup": (
        "{where}: {n} case, {reached} reached the collective target ({share}){goal}; owner: "
        "{owner}",
        "{where}: {n} cases, {reached} reached the collective target ({share}){goal}; owner: "
        "{owner}",
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
    "dot.ceiling": "below the ceiling of accountability: in the hands of {party}",
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
    "error.missing_key": "missing `{key}`, which {kind} needs; e.g. `{{{example}}}`",
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
    "error.report_format": "format must be 'markdown', 'html', 'docx' or 'pdf', got {got}",
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
    "error.unknown_key": "unknown key {key}{hint}; {kind} has the keys {keys}",
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
    "ready.no_results": "{party} owns no result yet: say what this party answers for.",
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
        "Below the ceiling are the results that {party} controls, directly or by "
        "contract, and so answers for; above it, the results it can only contribute to. "
        "Declaring a result one's own does not move the ceiling. An indicator is "
        "controllable when its result is in the party's own hands and nothing but its own "
        "work and the providers it commissions feeds it; controllable by contract when "
        "the result is in its hands by contract only."
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
        "This section is written from the point of view of **{party}**. It says what may be "
        "claimed as an own result, what was only contributed to, and who else contributed: "
        "results are reached together, and claimed honestly."
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
    "report.not_ready": "What {party} still lacks to steer itself:",
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
    "report.readiness": "Ready to steer itself?",
    "report.ready": (
        "Nothing stands in the way of {party} steering itself: the results are clear, the "
        "conditions are in place, and there is a mandate."
    ),
    "report.realised": "Expected and realised",
    "report.realised_text": (
        "Deviations beyond the tolerance are signals in either direction: a better "
        "result than expected asks for attention too. The deviation is signed so that + is "
        "better than expected and - worse, whichever way the indicator should go: 5 weeks "
        "against 4 expected, where fewer is better, is -1."
    ),
    "report.result": "Result",
    "report.revised": "revised {why}",
    "report.rollup": "From residents to the whole",
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
    # Dutch first, a second reading (issue 12, review)
    "story.both_links": "both links of the chain",
    "claims.others_harm": ("{names} had a part in it too.", "{names} had a part in it too."),
    "story.all_links": "all {n} links of the chain",
    "word.quoted": "“{text}”",
    "word.link": "the link from {source} to {target}",
    "word.route_two": "{first} (then {last})",
    "word.route_long": (
        "{first} ({n} step on to {last})",
        "{first} ({n} steps on to {last})",
    ),
    "code.overclaim": "overclaim",
    "code.immodest": "immodest",
    "code.conditions_not_met": "conditions-not-met",
    "code.uncontrollable_indicator": "uncontrollable-indicator",
    "code.no_indicator": "no-indicator",
    "code.no_side_effects": "no-side-effects",
    "code.no_contributors": "no-contributors",
    "code.ownership_doubt": "ownership-doubt",
    "code.owner_not_contributing": "owner-not-contributing",
    "code.weak_method": "weak-method",
    "code.idle_party": "idle-party",
    "code.personal_name": "personal-name",
    "code.bsn_in_text": "bsn-in-text",
    "code.contact_in_text": "contact-in-text",
    "code.weak_link": "weak-link",
    "code.rival_unexamined": "rival-unexamined",
    "code.assumption_missing": "assumption-missing",
    "code.signal_unanswered": "signal-unanswered",
    "code.indicator_without_purpose": "indicator-without-purpose",
    "report.owner_own_above": (
        "{statement} (our own result, but not in our hands alone: we contribute)"
    ),
    "report.owner_other_below": (
        "{statement} (not our own result, but in our hands, directly or by contract: we answer"
        " for it)"
    ),
    "report.owner_positive": (
        "{statement} (a positive side effect, not a goal; owner: {owner}; we contribute)"
    ),
    # honest ownership (issue 10)
    "check.ownership_doubt": (
        "{owner} owns “{result}”, but {why}. Ownership is checked, not taken on faith: {likely}"
        " {own} Give the result to its likely owner; {owner} may claim its contribution."
    ),
    "check.doubt_necessary": "it cannot be reached without {names}",
    "check.doubt_above": (
        "it lies above the owner's ceiling of accountability, out of its control"
    ),
    "check.likely_owner": "the likely owner is {names}.",
    "check.likely_collective": "it likely belongs to no single party (collective).",
    "check.likely_unknown": "it likely belongs to the person in whose life it happens.",
    "check.own_below": (
        "The own result of {owner}, below its ceiling: {results}.",
        "The own results of {owner}, below its ceiling: {results}.",
    ),
    "check.own_more": "{n} more",
    "check.own_none": "{owner} has no result below its ceiling yet: say what it controls.",
    "check.owner_not_contributing": (
        "{owner} owns “{result}” but has no route to it at all: nothing the owner does "
        "leads there. Add the contribution, or give the result to whoever achieves it."
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
        "{party} contributes as commissioner of “{name}”, carried out by {provider}: what "
        "was contracted, the commissioner controls by contract."
    ),
    "claims.scope_region": "the region",
    "claims.answers_for": (
        "“{result}” is a harmful side effect, not a goal: not for {party} to claim, "
        "though its own part in it is one to answer for."
    ),
    "dot.answers_for": "harmful side effect: a part for {party} to answer for",
    "dot.lg_commissions": "dashed blue line: commissions and funds (by contract)",
    "report.contracted": "controllable by contract",
    "report.answers_for": "Side effects {party} had a part in",
    "report.answers_for_text": (
        "Side effects are not goals. For a harmful side effect {party} answers for the part"
        " played in it; a contribution to a positive one may be mentioned, but not as a goal"
        " achieved."
    ),
    "report.owner_harm": "{statement} (a harmful side effect: we answer for our part in it)",
    "report.q_side_effects": "What side effects does our work have?",
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
    "story.chain": "The contribution of {party} runs through {path}.",
    "story.no_chain": "No work of {party} leads to the result in the model.",
    "story.link": "{link}: evidence {grade}.",
    "story.link_evidence": "Evidence: {evidence}.",
    "story.link_assumptions": "Assumes: {assumptions}.",
    "story.link_no_assumptions": "No assumption written down.",
    "story.step_others": "Other influences and rival explanations",
    "story.others": (
        "Another party contributes as well: {names}.",
        "Others contribute as well: {names}.",
    ),
    "story.factors": (
        "An external factor plays a part: {names}.",
        "External factors play a part: {names}.",
    ),
    "story.no_rivals": "No rival explanation of the change has been considered.",
    "story.rival": "Rival explanation: {explanation} ({status}).",
    "story.step_story": "The contribution story and its weak points",
    "story.verdict_credible": (
        "The story is credible: every link of the chain has strong evidence, its assumptions "
        "are written down, the work was done as set out, and every rival explanation is "
        "ruled out."
    ),
    "story.verdict": "The story is {strength}: {gaps}.",
    "story.weakest": (
        "Its weakest link is {links}.",
        "Its weakest links are {links}.",
    ),
    "story.gap.no_route": "no work of {party} leads to the result",
    "story.gap.evidence": (
        "the evidence for {links} is {grade}",
        "the evidence for {links} is {grade}",
    ),
    "story.gap.assumptions": "no assumption is written down for {links}",
    "story.gap.implementation": "a process condition is not met for {names}, so the work was "
                                "not done as set out",
    "story.gap.rivals_unexamined": "rival explanations have not been examined",
    "story.gap.rivals_open": (
        "a rival explanation is not ruled out: {names}",
        "rival explanations are not ruled out: {names}",
    ),
    "story.step_strengthen": "What would strengthen it most",
    "story.do.no_route": (
        "Model how the contribution of {party} reaches the result, or do not claim it."
    ),
    "story.do.evidence": "Gather evidence for {links}: its evidence is {grade} now.",
    "story.do.assumptions": "Write down what must hold for {links}.",
    "story.do.implementation": "Show that the work was done as set out: meet {conditions}.",
    "story.do.rivals_unexamined": "Name the other explanations of the change and examine them.",
    "story.do.rivals_unknown": (
        "Examine the rival explanation: {names}.",
        "Examine the rival explanations: {names}.",
    ),
    "story.do.rivals_open": (
        "Find evidence that rules out, or sizes, the rival explanation: {names}.",
        "Find evidence that rules out, or sizes, the rival explanations: {names}.",
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
        "{link} is necessary but has no assumption written down; say what must hold for it "
        "to work."
    ),
    "dot.strength_legend": "evidence: ●●● strong, ●●○ moderate, ●○○ weak, ○○○ untested",
    "dot.weakest": "weakest link",

    # exports: as_dict, CSV, Excel and Kumu (issue 13)
    "cli.rollup_needs_csv": "--rollup picks the table of --format csv; add --format csv",
    "cli.rollup_not_in_csv": (
        "The roll-up ({n} group) is not in this table; --rollup writes it.",
        "The roll-up ({n} groups) is not in this table; --rollup writes it.",
    ),
    "error.claim_alone": (
        "this claim does not remember the model it was judged in (it was copied or made by "
        "hand): pass the model, claim.as_dict(model)"
    ),
    "error.needs_openpyxl": "writing an Excel workbook needs openpyxl; install it with: {install}",
    "error.export_suffix": (
        "cannot export to {name}: the suffix picks what is written, one of {suffixes} "
        "(.xlsx an Excel workbook, .json a map for Kumu)"
    ),
    "export.sheet.claims": "Claims",
    "export.sheet.findings": "Findings",
    "export.sheet.progress": "Progress",
    "export.sheet.rollups": "Cases per group",
    "export.sheet.parties": "Parties",
    "export.sheet.results": "Results",
    "export.sheet.interventions": "Interventions",
    "export.sheet.factors": "External factors",
    "export.sheet.contributions": "Contributions",
    "export.col.party": "Party id",
    "export.col.party_name": "Party",
    "export.col.result": "Result id",
    "export.col.result_statement": "Result",
    "export.col.level": "Level",
    "export.col.owner": "Owner id",
    "export.col.owner_name": "Owner",
    "export.col.verdict": "Verdict",
    "export.col.share": "Share of the credit",
    "export.col.share_low": "Share at least",
    "export.col.share_high": "Share at most",
    "export.col.share_exact": "Share computed exactly",
    "export.col.claimable_value": "Claimable value",
    "export.col.co_contributor_names": "Other contributors",
    "export.col.factor_names": "External factors",
    "export.col.reasons": "Reasons",
    "export.col.severity": "Severity",
    "export.col.code": "Code",
    "export.col.subject": "About",
    "export.col.message": "Message",
    "export.col.indicator": "Indicator",
    "export.col.period": "Period",
    "export.col.period_start": "Period from",
    "export.col.period_end": "Period to",
    "export.col.baseline": "Baseline",
    "export.col.target": "Target",
    "export.col.revision": "Target revised",
    "export.col.realised": "Realised",
    "export.col.count": "Values",
    "export.col.deviation": "Deviation",
    "export.col.relative": "Relative deviation",
    "export.col.signal": "Signal",
    "export.col.trend": "Trend",
    "export.col.intervention": "Intervention id",
    "export.col.intervention_name": "Intervention",
    "export.col.area": "Area",
    "export.col.with_goal": "Cases with a goal of their own",
    "export.col.reached_goal": "Cases that reached their own goal",
    "export.col.share_reached_goal": "Share that reached their own goal",
    "export.col.expected": "Expected then",
    "export.col.marker": "Progress marker reached",
    "export.marker.expect": "expected",
    "export.marker.like": "would like to see",
    "export.marker.love": "would love to see",
    "export.col.cases": "Cases",
    "export.col.reached": "Cases that reached the collective target",
    "export.col.share_reached": "Share that reached the collective target",
    "export.col.change_min": "Change, least",
    "export.col.change_q1": "Change, lower quartile",
    "export.col.change_median": "Change, median",
    "export.col.change_q3": "Change, upper quartile",
    "export.col.change_max": "Change, most",
    "export.col.id": "Id",
    "export.col.name": "Name",
    "export.col.kind": "Kind",
    "export.col.member_names": "Members",
    "export.col.statement": "Statement",
    "export.col.intended": "Intended",
    "export.col.effect": "Effect",
    "export.col.indicators": "Indicators",
    "export.col.value": "Value",
    "export.col.by": "Carried out by (id)",
    "export.col.by_name": "Carried out by",
    "export.col.partner_names": "Together with",
    "export.col.commissioned_by_name": "Commissioned by",
    "export.col.beneficiary_name": "For",
    "export.col.cost": "Cost",
    "export.col.policy": "Policy",
    "export.col.description": "Description",
    "export.col.from": "From (id)",
    "export.col.from_name": "From",
    "export.col.to": "To (id)",
    "export.col.to_name": "To",
    "export.col.role": "Role",
    "export.col.weight": "Weight",
    "export.col.strength": "Strength of evidence",
    "export.col.evidence": "Evidence",
    "export.col.assumptions": "Assumptions",
    "export.verdict.owns": "own result",
    "export.verdict.contributes": "contribution",
    "export.verdict.none": "no claim",
    "export.severity.error": "error",
    "export.severity.warning": "warning",
    "export.severity.info": "note",
    "export.effect.positive": "positive",
    "export.effect.negative": "negative",
    "export.kumu.party": "Party",
    "export.kumu.result": "Result",
    "export.kumu.intervention": "Intervention",
    "export.kumu.factor": "External factor",
    "export.kumu.kind": "Kind",
    "export.kumu.level": "Level",
    "export.kumu.owner": "Owner",
    "export.kumu.verdict": "Verdict",
    "export.kumu.seen_from": "Seen from",
    "export.kumu.signal": "Signal",
    "export.kumu.by": "Carried out by",
    "export.kumu.role": "Role",
    "export.kumu.strength": "Strength of evidence",
    "export.kumu.weight": "Weight",
    "export.kumu.carries_out": "carries out",
    "export.kumu.co_produces": "takes part in",
    "export.kumu.commissions": "commissions",
    "export.kumu.member_of": "member of",
    "export.kumu.contributes": "contributes to",

    # issue 13: report formats (Word, PDF, the interactive page, the colophon)
    "report.colophon": (
        "Written on {date} by resultaat {version} from the model “{name}” (fingerprint "
        "`{fingerprint}`)."
    ),
    "error.report_date": "the report date must be a date written YYYY-MM-DD, got {got}",
    "error.source_date_epoch": (
        "{variable}={got} in the environment is not a date: set it to a whole number of "
        "seconds since 1970-01-01 UTC, or unset it"
    ),
    "error.interactive_format": "an interactive page is HTML: use format='html', got {got}",
    "error.report_suffix": (
        "cannot write a report to {name}: the suffix picks the format; use .md, .html, "
        ".docx or .pdf"
    ),
    "error.diagram_markdown": (
        "--diagram and --no-diagram are for a Markdown report (-o FILE.md); an HTML, Word "
        "or PDF report always holds its diagram"
    ),
    "error.report_diagram": (
        "diagram= names the picture a Markdown report shows; a {format} report holds its "
        "own diagram: leave diagram out"
    ),
    "error.interactive_measurements": (
        "the interactive page shows no measurements: leave them out, or write the HTML "
        "report, which shows them"
    ),
    "error.interactive_moment": (
        "the interactive page is not written for a moment of the cycle: leave --moment out, "
        "or write the HTML report"
    ),
    "error.diagram_both": "give --diagram or --no-diagram, not both",
    "error.diagram_stdout": (
        "--diagram needs -o FILE.md: the diagram is written as a file next to the report"
    ),
    "error.interactive_suffix": "--interactive writes an HTML page: use -o FILE.html, got {name}",
    "error.pdf_missing": (
        "a PDF report needs WeasyPrint and the Pango library, and {missing}: pip install "
        "'resultaat[pdf]', and Pango (Debian/Ubuntu: apt-get install libpango-1.0-0 "
        "libpangoft2-1.0-0; macOS: brew install pango); or write .html or .docx, which "
        "need neither"
    ),
    "error.docx_missing": (
        "a Word report needs the python-docx package, which is missing: "
        "pip install python-docx"
    ),
    "page.point_of_view": "Point of view",
    "page.hint": "Click a result to read why.",
    "page.reasons": "Why",
    "page.others": "Results beyond the reach of {party}",
    "page.noscript": "This page needs JavaScript to switch the point of view.",

    # issue 16: pile-up scan, ledger, beneficiaries, cooperations (keep together)
    "error.commitments_not_cooperation": (
        "only a cooperation has commitments of its members; {id} is a {kind}; set kind:"
        " cooperation or remove commitments"
    ),
    "error.commitment_not_member": (
        "{got} is not a member of {coop}; its members are: {members}"
    ),
    "error.indicator_needs_result": "an indicator needs the result it belongs to: add result",
    "error.beneficiary_owns": (
        "{party} owns this result; list under beneficiaries only parties that gain from it"
        " without owning it"
    ),
    "error.beneficiary_twice": "{party} is listed twice as a beneficiary; keep one",
    "error.beneficiaries_exceed": (
        "the beneficiaries' values add up to {stated}, more than the result's value {value};"
        " lower them or raise the value"
    ),
    "dot.lg_against": (
        "red line ending in a bar (−): works against the result; no share of the credit"
    ),
    "pileup.conflict": (
        "“{against}” works against “{result}”, the very result that other help for "
        "{party} aims at ({serves}): does the help pull this household two ways, and "
        "which should give way?"
    ),
    "pileup.conflict_own": (
        "“{against}” works against “{result}”, a result in the life of {party} itself: is "
        "that a price worth paying, and does the household know it?"
    ),
    "pileup.coordination": (
        "{party} gets help from {n} organisation ({names}) and no one is named to "
        "coordinate: who keeps the overview, and does the household have one person to "
        "turn to?",
        "{party} gets help from {n} organisations ({names}) and no one is named to "
        "coordinate: who keeps the overview, and does the household have one person to "
        "turn to?",
    ),
    "pileup.stop_policy": (
        "“{name}” ({policy}) lands on {party} but feeds none of the household's own "
        "results: what does it do for this household, and could it stop?"
    ),
    "pileup.stop": (
        "“{name}” lands on {party} but feeds none of the household's own results: what "
        "does it do for this household, and could it stop?"
    ),
    "pileup.purpose": (
        "Why is “{indicator}” measured about {party}, and who uses it? No purpose is "
        "written down; if no one can explain it to the household, should it still be "
        "measured?"
    ),
    "check.indicator_without_purpose": (
        "“{indicator}” of “{result}” is measured about residents, but no purpose says why and"
        " who uses it; write one a resident could be told (purpose), or stop measuring it."
    ),
    "error.not_cooperation": "{party} is a {kind}, not a cooperation; name a cooperation",
    "report.pileup": "What piles up: questions for the team",
    "report.pileup_text": (
        "The scan gives no verdicts. These are questions to talk through with the"
        " professionals and the household before adding help, or to decide what can stop."
    ),
    "report.coordinator": "{coordinator} coordinates the help for {party}.",
    "report.pileup_none": "The scan raises no questions about what lands on {party}.",
    "report.measured": "What is measured about {party}, and why:",
    "report.purpose": "Why it is measured",
    "report.no_purpose": "**not stated**",
    "report.ledger": "Who pays and who gains",
    "report.ledger_text": (
        "What each party pays a year for the interventions (the commissioner pays, else the"
        " party that carries it out), beside the value it gains from the results it owns or"
        " benefits from: after what would have happened anyway (deadweight), what only moved"
        " elsewhere (displacement) and what fades after the first year (drop-off), and"
        " without the part that external factors explain."
    ),
    "report.party": "Party",
    "report.invests": "Invests",
    "report.gains": "Gains",
    "report.balance": "Balance",
    "report.wrong_pocket": "Wrong pocket",
    "ledger.pays": "pays, others gain",
    "ledger.collects": "gains, others pay",
    "report.wrong_pocket_text": (
        "The wrong pocket: the costs fall on {pays}, while the gains land with "
        "{collects}, where they far exceed what was put in. Could those who gain share "
        "the cost, for instance in a regional agreement?"
    ),
    "report.ledger_ranges": (
        "Where a weight is given as a range, the gains and the balance lie in the range shown"
        " in brackets; they rest on stated weights, not on measurement."
    ),
    "report.unpriced": "The model gives no value for the gain of {party} from {results}.",
    "report.society": (
        "A value of {value} of collective results lands in no party's pocket: it is society's."
    ),
    "report.uncosted": "No cost is given for these, so they are not counted: {names}.",
    "report.cooperation": "How the cooperation works: {coop}",
    "report.cooperation_none": (
        "The model does not say what the members put into {coop} or what they expect of it:"
        " what does each bring, and what does each expect?"
    ),
    "report.cooperation_text": (
        "What each member puts into {coop}, what it expects, and what came of it so far."
    ),
    "report.member": "Member",
    "report.puts_in": "Puts in",
    "report.expects": "Expects",
    "report.came": "What came of it",
    "report.not_stated": "not stated",
    "report.came_untracked": "not tracked: which indicator would show it?",
    "report.came_unmeasured": "{indicator}: not measured yet",
    "report.came_hidden": "{indicator}: measured over too few cases to publish",
    "report.came_measured": (
        "{indicator}: {value} in {period}, against a target of {target}: {signal}"
    ),
    "report.came_share": "(share of the credit: {share})",
    "report.cooperation_silent": (
        "For {members} the model does not say what they put into {coop} or expect of it:"
        " what do they bring, and what do they expect?"
    ),
    "ledger.figure_title": "Who pays and who gains, a year",
    "ledger.invests": "invests",
    "ledger.gains": "gains (line: the range)",
    "cli.household": "{party}: {interventions} from {organisations}",
    "cli.organisations": ("{n} organisation", "{n} organisations"),
    "cli.coordinator": "Coordinated by {coordinator}.",
    "cli.questions": "Questions for the team:",
    "cli.no_questions": "The scan raises no questions.",
    "cli.measured_about": "Measured about this household, and why:",
    "cli.ledger_empty": "No party invests or gains in this model: give costs and values.",
    "cli.ledger_range": (
        "Over the weight ranges, the balance of {party} lies between {low} and {high}."
    ),
    "dot.against_tip": "works against the result",
    # end of issue 16

    # issue 14: the planning and control cycle (targets with a path, adjustments, moments)
    "error.baseline_period_alone": (
        "a baseline_period needs the baseline measured then; add `baseline: …` or remove "
        "baseline_period"
    ),
    "error.path_no_deadline": (
        "a path leads to a deadline; add `deadline: …`, the period by which the target is "
        "to be reached"
    ),
    "error.deadline_no_target": "a deadline needs a target to reach by then; add `target: …`",
    "error.deadline_no_start": (
        "a deadline needs a path from where things stood: add `baseline` and "
        "`baseline_period` (the period it was measured in), or interim targets in `path`"
    ),
    "error.baseline_after_deadline": (
        "the baseline period {start} must come before the deadline {deadline}"
    ),
    "error.path_after_deadline": (
        "the interim target for {period} lies after the deadline {deadline}; move the "
        "deadline or remove this step"
    ),
    "error.path_order": (
        "the interim target for {period} must come after {previous}; list the path in time "
        "order, after the baseline period"
    ),
    "error.path_deadline_value": (
        "the value expected at the deadline is the target ({target}), not {value}; write "
        "the target here or change `target`"
    ),
    "error.marker_order": (
        "{key} ({value}) must be at least as good as {below}, the marker before it "
        "(better is {direction}); order the markers value ≤ like ≤ love in the better direction"
    ),
    "error.change_needs": "a change of kind {kind} needs `{key}`; add it",
    "error.not_a_day": "must be a date such as 2025-09-15, got {got}",
    "error.no_such_condition": (
        "intervention {intervention} has no condition {got}{hint}; it has: {names}"
    ),
    "check.signal_unanswered": (
        "“{result}”: “{indicator}” was worse than expected in {periods}, and no adjustment "
        "is logged since {first}; log in adjustments what was decided, even if it was to wait."
    ),
    "claims.measured_path": (
        "Measured: “{indicator}” was {value} in {period}, against {expected} expected by then "
        "on the way to {target} by {deadline}: {signal}."
    ),
    "error.moment": "moment must be one of {moments}, got {got}",
    "cycle.title_begroting": "Begroting (budget)",
    "cycle.title_bestuursrapportage": "Bestuursrapportage (interim report)",
    "cycle.title_jaarrekening": "Jaarrekening{year} (annual accounts)",
    "cycle.intro_begroting": (
        "The begroting is the municipality's budget for the coming year. It answers three "
        "questions ahead: what do we want to achieve, what will we do for it, and what may it "
        "cost? Each target shows its path: what we expect each year on the way to its deadline."
    ),
    "cycle.intro_bestuursrapportage": (
        "The bestuursrapportage is the interim report to the council during the year. It shows "
        "each measured period against what was expected by then, on the path to the target, "
        "and next to it what was decided about it: the adjustment log (bijsturingslog)."
    ),
    "cycle.intro_jaarrekening": (
        "The jaarrekening is the municipality's annual accounts. It answers three questions "
        "afterwards, against what the budget promised: what did we achieve, what did we do for "
        "it, and what did it cost?"
    ),
    "cycle.path_text": (
        "Each target with its deadline and the path there: what we expect by the end of each "
        "year. A target without a deadline holds from the start."
    ),
    "cycle.path": "Expected on the way",
    "cycle.target": "Target",
    "cycle.deadline": "By",
    "cycle.no_deadline": "no deadline",
    "cycle.signals": "Signals against the path",
    "cycle.signals_text": (
        "Each period is judged against the value expected then, not against the final target. "
        "The deviation is signed so that + is better than expected and - worse, whichever way "
        "the indicator should go: 5 weeks against 4 expected, where fewer is better, is -1."
    ),
    "cycle.expected": "Expected then",
    "cycle.deviation": "Deviation (+ is better)",
    "cycle.done": "What was done",
    "cycle.nothing_logged": "**nothing logged**",
    "cycle.no_measurements": "Nothing has been measured yet.",
    "cycle.unanswered": "Signals still waiting for an answer",
    "cycle.unanswered_item": (
        "{result}: “{indicator}” was worse than expected in {periods}, and no adjustment is "
        "logged since."
    ),
    "cycle.log": "Adjustment log (bijsturingslog)",
    "cycle.log_none": "No adjustments are logged.",
    "cycle.date": "Date",
    "cycle.signal": "Signal",
    "cycle.decision": "Decision",
    "cycle.decided_by": "Decided by",
    "cycle.changes": "What changed",
    "cycle.change_target": "target revised to {value}",
    "cycle.change_started": "started: {intervention}",
    "cycle.change_stopped": "stopped: {intervention}",
    "cycle.change_condition": "condition put in order: {condition} ({intervention})",
    "cycle.no_year": (
        "No year has been measured to its end yet, so there are no annual accounts to give."
    ),
    "cycle.q_achieved": "What did we achieve in {year}?",
    "cycle.promised": "Promised",
    "cycle.q_done": "What did we do for it in {year}?",
    "cycle.done_item": "{name} (carried out by {by})",
    "cycle.adjusted": "Adjustments decided in {year}:",
    "cycle.q_cost": "What did it cost in {year}?",
    "cycle.budgeted": "Budgeted",
    "cycle.spent": "Spent",
    "cycle.difference": "Difference",
    "cycle.not_given": "not given",
    "cycle.spent_missing": (
        "What was spent is not given for {names}; add it under `spent` in the model file."
    ),
    "report.collective_target": "Reached the collective target",
    "report.own_goal": "Reached their own goal",
    "report.goal_of": "{reached} of {with_goal} ({share})",
    "report.rollup_residents": (
        "What {party} delivered is the number of residents served. Whether residents reached "
        "their own goal, or the collective target, is their result, not {party}'s; the two "
        "are counted apart."
    ),
    "report.rollup_own": (
        "What {party} delivered is the number of residents served; how many reached the "
        "target is its own result."
    ),
    "report.rollup_other": (
        "What {party} delivered is the number of residents served; how many reached the target "
        "is the result of {owner}, not of the residents."
    ),
    "cli.progress_path": (
        "{result}/{indicator}: realised {realised} against {expected} expected then (target "
        "{target}) → {signal}{trend}"
    ),
    "cli.own_goal": ", own goal reached by {reached} of {with_goal}",
    "error.change_no_revision": (
        "the target of {indicator} was never {value}; add the revision to the indicator's "
        "`targets` (`{{value: {value}, from: …, why: …}}`) or correct the value"
    ),

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

    # review: the records of a model file, named in file errors (keep together)
    "story.gap.assumptions_same": (
        "no assumption is written down for that same link",
        "no assumptions are written down for those same links",
    ),
    "record.commitment": "a member's commitment",
    "record.party": "a party",
    "record.condition": "a condition",
    "record.spent": "a spending line",
    "record.intervention": "an intervention",
    "record.target_revision": "a target revision",
    "record.path_point": "a point on the path",
    "record.indicator": "an indicator",
    "record.rival": "a rival explanation",
    "record.beneficiary": "a beneficiary",
    "record.result": "a result",
    "record.factor": "an external factor",
    "record.contribution": "a contribution",
    "record.stated_claim": "a stated claim",
    "record.measurement": "a measurement",
    "record.signal_seen": "a signal",
    "record.changed": "a change",
    "record.adjustment": "an adjustment",
    # end of review

    # adversarial testing, second round (adversary)
    "error.direction_control": (
        "the text holds a direction control character ({code}) at character {at}, which "
        "shows the text around it in another order than it was written; remove it (text "
        "in a right-to-left script needs none)"
    ),
    "error.pileup_nothing": (
        "nothing in the model lands on {party}: no intervention is for it (for:) and nothing "
        "is measured about it, so there is no household to scan; the households of this "
        "model are: {households}"
    ),
    "error.adjustment_before_signal": (
        "the decision of {date} comes before the period of its signal ({period}) began, so "
        "it cannot answer it; fix the date, or the period of the signal"
    ),
    "error.summary_no_parties": (
        "the model has no parties, so there is no one to draw a summary for; add the parties "
        "under parties"
    ),
    "export.cell_cut": (
        "[cut here: an Excel cell holds {most} characters of this text's {total}; the model "
        "file and the CSV export hold it whole]"
    ),
    "error.ledger_suffix": (
        "cannot write the ledger figure to {name}: it is drawn as SVG only; end the name in .svg"
    ),
    "error.png_too_large": (
        "a PNG of {width} by {height} pixels at {dpi} dpi is too large to draw (at most {most} "
        "pixels, and {side} on a side); choose a lower dpi or a smaller size, or draw an SVG, "
        "which prints sharp at any size"
    ),
    "error.report_no_such_day": (
        "the report date {got} is written YYYY-MM-DD but is no day of the calendar; give a "
        "date that exists"
    ),
}
