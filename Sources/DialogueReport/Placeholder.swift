enum DialogueReportPlaceholder {}
