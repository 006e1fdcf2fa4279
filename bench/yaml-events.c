/* The floor of loading a data set: read each file and walk libyaml's parse events, nothing
 * else (no records, no checks). bench/targets.sh compares `citydash validate` with it.
 *   cc -O2 -o /tmp/yaml-events bench/yaml-events.c -lyaml
 *   /tmp/yaml-events DIR/*.yaml        prints the number of events */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    unsigned long events = 0;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) { perror(argv[i]); return 66; }
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        unsigned char *bytes = malloc(size > 0 ? size : 1);
        if (!bytes || fread(bytes, 1, size, file) != (size_t)size) { perror(argv[i]); return 74; }
        fclose(file);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, bytes, size);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) {
                fprintf(stderr, "%s:%zu:%zu: %s\n", argv[i], parser.problem_mark.line + 1,
                        parser.problem_mark.column + 1, parser.problem);
                return 65;
            }
            done = event.type == YAML_STREAM_END_EVENT;
            events++;
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
        free(bytes);
    }
    printf("%lu events\n", events);
    return 0;
}
