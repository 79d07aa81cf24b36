/** `${articleId}:${contentHash}`: a text is kept once per article however often it returns (the `articleVersions` key). */
export const versionKey = (articleId: string, contentHash: string): string => `${articleId}:${contentHash}`;
